// Dates as a reader writes them: `15. januar 2013`, `15 January 2013`.
import type { Lang } from '../domain/number-format.js';

const formats: Record<Lang, Intl.DateTimeFormat> = {
  da: new Intl.DateTimeFormat('da-DK', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
};

/** Formats an ISO date (`YYYY-MM-DD`); text that is not one is returned as it is. */
export function formatDate(isoDate: string, lang: Lang): string {
  const moment = new Date(`${isoDate}T00:00:00Z`);
  return Number.isNaN(moment.getTime()) ? isoDate : formats[lang].format(moment);
}
