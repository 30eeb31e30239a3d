// The Danish public holidays, from the maintained date-holidays calendar:
// only days of type 'public' (Christmas Eve and Constitution Day are
// observances, not days off by law). The cycle's default deadlines move off
// them (domain/cycle/working-days.ts).
import Holidays from 'date-holidays';
import type { IsHoliday } from '../../domain/cycle/working-days.js';

const calendar = new Holidays('DK');
const byYear = new Map<number, ReadonlySet<string>>();

function publicHolidaysOf(year: number): ReadonlySet<string> {
  let days = byYear.get(year);
  if (!days) {
    // The calendar's own date strings (`2013-12-25 00:00:00`), so no time zone can shift a day.
    days = new Set(
      calendar
        .getHolidays(year)
        .filter((h) => h.type === 'public')
        .map((h) => h.date.slice(0, 10)),
    );
    byYear.set(year, days);
  }
  return days;
}

export const isDanishPublicHoliday: IsHoliday = (date) => publicHolidaysOf(Number(date.slice(0, 4))).has(date);
