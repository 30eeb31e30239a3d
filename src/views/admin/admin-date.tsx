// Dates and moments in the admin area as readers write them (`4. januar
// 2013`, `20. apr. 2013 12.00` in Copenhagen time), in a <time> element that
// keeps the machine-readable value, with non-breaking spaces so a date never
// wraps between its day and its month.
import { formatLongDate, formatMoment } from '../../i18n/format.js';
import type { Lang } from '../../i18n/index.js';

const NO_BREAK = '\u00a0';

const unbroken = (text: string) => text.replace(/ /g, NO_BREAK);

/** As text, for a message that is a string (an attribute, a translated sentence). */
export const dateText = (lang: Lang, date: string) => unbroken(formatLongDate(date, lang));
export const momentText = (lang: Lang, at: string) => unbroken(formatMoment(at, lang));

/** A calendar day (`YYYY-MM-DD`), or the text as it is when it is not one. */
export function AdminDate({ lang, date }: { lang: Lang; date: string }) {
  return <time datetime={date}>{dateText(lang, date)}</time>;
}

/** A moment (ISO timestamp) as date and time in Copenhagen. */
export function AdminMoment({ lang, at }: { lang: Lang; at: string }) {
  return <time datetime={at}>{momentText(lang, at)}</time>;
}
