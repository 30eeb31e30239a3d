// Number formatting for text a person reads: explanations, web pages,
// letters. Danish uses a decimal comma and a thousands dot (52,3 and 1.234),
// English the reverse (52.3 and 1,234). Negative numbers get a real minus
// sign (U+2212) in both languages, because screen readers say "minus" for it
// and it lines up with the plus sign; a hyphen is not a minus.
//
// Rounding is half away from zero, as statistics offices publish figures, and
// it is symmetric, so -2.45 shows as −2,5 when 2.45 shows as 2,5.

/** The barometer's two languages: the one language type, which i18n/index.ts re-exports for the layers above. */
export type Lang = 'da' | 'en';

export const MINUS_SIGN = '\u2212';

const SEPARATORS: Record<Lang, { decimal: string; group: string }> = {
  da: { decimal: ',', group: '.' },
  en: { decimal: '.', group: ',' },
};

const POWERS_OF_TEN = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12];

/**
 * Rounds to a number of decimals, half away from zero. A value such as 1.005,
 * stored in binary as 1.00499999999999989…, still rounds to 1.01, because a
 * reader typed 1.005 and expects the half to round up.
 */
export function roundToDecimals(value: number, decimals: number): number {
  if (!Number.isFinite(value)) return value;
  const factor = POWERS_OF_TEN[decimals] ?? 10 ** decimals;
  const scaled = Math.abs(value) * factor;
  let whole = Math.floor(scaled);
  // Multiplying by the factor can leave a true half a few units in the last
  // place below .5; treat anything that close as the half it was meant to be.
  if (scaled - whole >= 0.5 - 1e-12 * Math.max(1, scaled)) whole += 1;
  const rounded = whole / factor;
  return value < 0 ? -rounded : rounded;
}

function groupThousands(digits: string, separator: string): string {
  if (digits.length <= 3) return digits;
  let out = '';
  const head = digits.length % 3;
  if (head > 0) out = digits.slice(0, head);
  for (let i = head; i < digits.length; i += 3) {
    out += (out === '' ? '' : separator) + digits.slice(i, i + 3);
  }
  return out;
}

/**
 * Formats a number with a fixed number of decimals in the given language:
 * `formatNumber(1234.56, 1, 'da')` is `1.234,6`, in English `1,234.6`.
 * A value that rounds to zero never shows a minus sign. Non-finite values
 * (which have no figure to show) are written as an en dash.
 */
export function formatNumber(value: number, decimals: number, lang: Lang): string {
  if (!Number.isFinite(value)) return '\u2013';
  const places = Math.max(0, Math.min(20, Math.trunc(decimals)));
  const rounded = roundToDecimals(value, places);
  const { decimal, group } = SEPARATORS[lang];
  const fixed = Math.abs(rounded).toFixed(places);
  const dot = fixed.indexOf('.');
  const whole = dot < 0 ? fixed : fixed.slice(0, dot);
  const fraction = dot < 0 ? '' : fixed.slice(dot + 1);
  const body = groupThousands(whole, group) + (fraction === '' ? '' : decimal + fraction);
  return rounded < 0 ? MINUS_SIGN + body : body;
}

/** Like formatNumber, but a positive value gets a plus sign: `+2,8`, `−0,5`, `0,0`. */
export function formatSignedNumber(value: number, decimals: number, lang: Lang): string {
  const text = formatNumber(value, decimals, lang);
  const isZero = roundToDecimals(value, decimals) === 0;
  return value > 0 && !isZero ? '+' + text : text;
}

/**
 * A share in percent, where the value is already in percent (71.2 means
 * 71.2 %): Danish `71,2 %` with a space, English `71.2%` without.
 */
export function formatPercent(value: number, decimals: number, lang: Lang): string {
  const number = formatNumber(value, decimals, lang);
  return lang === 'da' ? `${number} %` : `${number}%`;
}

/**
 * A difference between two percentages, in percentage points:
 * Danish `2,8 procentpoint`, English `2.8 percentage points`
 * (singular when the shown number is exactly one).
 */
export function formatPercentagePoints(value: number, decimals: number, lang: Lang): string {
  const number = formatNumber(value, decimals, lang);
  if (lang === 'da') return `${number} procentpoint`;
  const isOne = Math.abs(roundToDecimals(value, decimals)) === 1;
  return `${number} percentage ${isOne ? 'point' : 'points'}`;
}

/**
 * The fewest decimals (up to `max`) that show a value without losing digits,
 * for figures that come without a stated precision: 12 → 0, 12.25 → 2.
 */
export function decimalsNeeded(value: number, max = 6): number {
  if (!Number.isFinite(value)) return 0;
  for (let places = 0; places < max; places++) {
    if (Math.abs(roundToDecimals(value, places) - value) <= 1e-9 * Math.max(1, Math.abs(value))) return places;
  }
  return max;
}
