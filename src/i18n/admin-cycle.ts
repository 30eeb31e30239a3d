// The annual cycle's lookup (admin screens and reminder e-mails), now a view
// on the one catalogue; and its dates, which are the one date format.
import type { cycleDa } from './da/cycle.js';
import { formatLongDate, formatMoment } from './format.js';
import { t } from './index.js';
import type { Lang } from './index.js';
import type { MessageValues } from './message-format.js';

export type AdminCycleKey = keyof typeof cycleDa;

// Transitional: call sites move to t() next.
export function cycleText(lang: Lang, key: AdminCycleKey, values?: MessageValues): string {
  return t(lang, key, values);
}

/** A `YYYY-MM-DD` date the reader's way: 16. maj 2013 / 16 May 2013. */
export function formatCycleDate(lang: Lang, date: string): string {
  return formatLongDate(date, lang);
}

/** A moment (ISO timestamp) as a date and time in Copenhagen. */
export function formatCycleMoment(lang: Lang, iso: string): string {
  return formatMoment(iso, lang);
}
