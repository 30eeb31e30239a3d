// Dates and moments as a reader writes them, the one implementation for the
// web pages, the admin screens, e-mails and letters: `15. januar 2013` /
// `15 January 2013`, months (`januar 2014`) for when a figure is due, and
// moments in Copenhagen time. Pure: Intl only, no clock.
import type { Lang } from './number-format.js';

const LOCALE: Record<Lang, string> = { da: 'da-DK', en: 'en-GB' };

function formatsFor(options: Intl.DateTimeFormatOptions): Record<Lang, Intl.DateTimeFormat> {
  return { da: new Intl.DateTimeFormat(LOCALE.da, options), en: new Intl.DateTimeFormat(LOCALE.en, options) };
}

// Dates are calendar days, not moments, so they are read and written in UTC
// and never shift a day with the server's time zone.
const longDates = formatsFor({ day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const months = formatsFor({ month: 'long', year: 'numeric', timeZone: 'UTC' });
const moments = formatsFor({ dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Copenhagen' });

/** An ISO date (`YYYY-MM-DD`) in full: `15. januar 2013` / `15 January 2013`; text that is not a date is returned as it is. */
export function formatLongDate(isoDate: string, lang: Lang): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) return isoDate;
  const day = new Date(`${isoDate}T00:00:00Z`);
  return Number.isNaN(day.getTime()) ? isoDate : longDates[lang].format(day);
}

/** A month (`YYYY-MM`): `januar 2014` / `January 2014`; text that is not a month is returned as it is. */
export function formatMonth(month: string, lang: Lang): string {
  const first = new Date(`${month}-01T00:00:00Z`);
  return Number.isNaN(first.getTime()) ? month : months[lang].format(first);
}

/** A moment (ISO timestamp) as a date and time in Copenhagen, where the barometer's readers are; text that is not one is returned as it is. */
export function formatMoment(iso: string, lang: Lang): string {
  const moment = new Date(iso);
  return Number.isNaN(moment.getTime()) ? iso : moments[lang].format(moment);
}

/** A moment as the clock on the wall in Copenhagen shows it (`14:05`), whatever the server's time zone. */
export function formatClockTime(moment: Date, lang: Lang): string {
  return moment.toLocaleTimeString(lang === 'da' ? 'da-DK' : 'en-GB', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Copenhagen' });
}
