// Calendar arithmetic on `YYYY-MM-DD` dates, in whole days, without a clock
// or a time zone: the cycle's dates are days, not moments.

const DAY_MS = 86_400_000;

/** True for a well-formed and real calendar date (`2013-02-30` is not). */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** The ISO week (`2013-W19`) a date falls in, for the weekly digest's key. */
export function isoWeek(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  const weekday = (day.getUTCDay() + 6) % 7; // Monday 0
  const thursday = new Date(day.getTime() + (3 - weekday) * DAY_MS);
  const year = thursday.getUTCFullYear();
  const firstThursday = new Date(Date.UTC(year, 0, 4));
  const firstWeekday = (firstThursday.getUTCDay() + 6) % 7;
  const week1Monday = firstThursday.getTime() - firstWeekday * DAY_MS;
  const week = Math.floor((thursday.getTime() - week1Monday) / (7 * DAY_MS)) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** Day of the year, 0-based, and the year's length: for placing a date on the wheel. */
export function dayOfYear(date: string): { day: number; daysInYear: number } {
  const year = Number(date.slice(0, 4));
  const day = daysBetween(`${year}-01-01`, date);
  return { day, daysInYear: daysBetween(`${year}-01-01`, `${year + 1}-01-01`) };
}
