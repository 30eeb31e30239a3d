// Deadlines land on working days: a default deadline on a Saturday, a Sunday
// or a public holiday moves to the working day before (5 January 2013, a
// Saturday, becomes Friday the 4th). Which days are holidays is the
// caller's (services/cycle/danish-holidays.ts reads a maintained calendar),
// so the rule stays pure.
import { addDays } from './iso-dates.js';

/** True for a `YYYY-MM-DD` that is a public holiday. */
export type IsHoliday = (date: string) => boolean;

function isWeekend(date: string): boolean {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday === 0 || weekday === 6;
}

/** The date itself when it is a working day, else the nearest working day before it. */
export function workingDayOnOrBefore(date: string, isHoliday: IsHoliday): string {
  let day = date;
  // A year has no run of more than a handful of days off; the bound only guards against a calendar that says every day is one.
  for (let step = 0; step < 14 && (isWeekend(day) || isHoliday(day)); step++) day = addDays(day, -1);
  return day;
}
