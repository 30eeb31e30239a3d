// Dates and numbers for the layers above the domain (services, views, e-mails):
// one place to import them from. The implementations live in `domain/`
// because the domain's letters and explanations need them too, and the
// domain may import nothing outside itself.
export { formatClockTime, formatLongDate, formatMoment, formatMonth } from '../domain/format-date.js';

import { formatNumber } from '../domain/number-format.js';
import { t } from './index.js';
import type { Lang } from './index.js';

/** Whole kroner the reader's way: 100.000 kr. / DKK 100,000. */
export function formatKroner(lang: Lang, amount: number): string {
  return t(lang, 'common.kr', { amount: formatNumber(amount, 0, lang) });
}
