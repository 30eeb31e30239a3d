// Dates for the pages: the domain's one long-date and month format, and a
// recorded moment that may be a date, a period or free text.
import { formatLongDate } from '../i18n/format.js';
import type { Lang } from '../i18n/index.js';
import { periodName } from '../domain/status/explain/wording.js';

export { formatMonth } from '../i18n/format.js';

/** Formats an ISO date (`YYYY-MM-DD`); text that is not one is returned as it is. */
export function formatDate(isoDate: string, lang: Lang): string {
  return formatLongDate(isoDate, lang);
}

/** A recorded moment that may be a date (`2012-03-01`), a period (`2010`, `2013 Q1`) or free text. */
export function formatWhen(value: string, lang: Lang): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatLongDate(value, lang) : periodName(value, lang);
}
