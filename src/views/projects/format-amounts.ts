// Amounts in kroner as a reader writes them: `1.250.000 kr.` in Danish,
// `DKK 1,250,000` in English.
import { formatNumber } from '../../domain/number-format.js';
import type { Lang } from '../../domain/number-format.js';

export function formatKroner(amountKr: number, lang: Lang): string {
  const digits = formatNumber(amountKr, 0, lang);
  return lang === 'da' ? `${digits} kr.` : `DKK ${digits}`;
}
