// Dates as a reader writes them: `15. januar 2013`, `15 January 2013`, and
// months (`januar 2014`) for when the next figure is due.
import type { Lang } from '../domain/number-format.js';
import { periodName } from '../domain/status/explain/wording.js';

const formats: Record<Lang, Intl.DateTimeFormat> = {
  da: new Intl.DateTimeFormat('da-DK', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
};

/** Formats an ISO date (`YYYY-MM-DD`); text that is not one is returned as it is. */
export function formatDate(isoDate: string, lang: Lang): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) return isoDate;
  const moment = new Date(`${isoDate}T00:00:00Z`);
  return Number.isNaN(moment.getTime()) ? isoDate : formats[lang].format(moment);
}

/** A recorded moment that may be a date (`2012-03-01`), a period (`2010`, `2013 Q1`) or free text. */
export function formatWhen(value: string, lang: Lang): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatDate(value, lang) : periodName(value, lang);
}

const monthFormats: Record<Lang, Intl.DateTimeFormat> = {
  da: new Intl.DateTimeFormat('da-DK', { month: 'long', year: 'numeric', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }),
};

/** A month (`YYYY-MM`): `januar 2014`, `January 2014`. */
export function formatMonth(month: string, lang: Lang): string {
  const moment = new Date(`${month}-01T00:00:00Z`);
  return Number.isNaN(moment.getTime()) ? month : monthFormats[lang].format(moment);
}
