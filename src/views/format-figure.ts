// A figure with its unit as a reader sees it: `52,3 %`, a change in
// percentage points, `−1,3 karakterpoint`. Numbers follow the language.
import { formatNumber, formatPercent, formatPercentagePoints, formatSignedNumber } from '../domain/number-format.js';
import type { Lang } from '../domain/number-format.js';

const isPercent = (unit: string) => unit.trim() === '%';

export function formatFigure(value: number, precision: number, unit: string, lang: Lang): string {
  if (isPercent(unit)) return formatPercent(value, precision, lang);
  return `${formatNumber(value, precision, lang)} ${unit}`;
}

/** A change between two figures, signed: `+2,8 procentpoint`. */
export function formatChange(change: number, precision: number, unit: string, lang: Lang): string {
  const signed = formatSignedNumber(change, precision, lang);
  if (isPercent(unit)) return formatPercentagePoints(change, precision, lang).replace(formatNumber(change, precision, lang), signed);
  return `${signed} ${unit}`;
}
