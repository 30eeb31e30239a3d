// A figure with its unit as a reader sees it: `52,3 %`, a change in
// percentage points, `−1,3 karakterpoint`. Numbers follow the language, and
// so does the unit: the English unit where one is written, else the Danish.
import { formatNumber, formatPercent, formatPercentagePoints, formatSignedNumber } from '../domain/number-format.js';
import type { Lang } from '../domain/number-format.js';
import { periodName } from '../domain/status/explain/wording.js';
import { pick } from '../domain/text.js';
import type { Text } from '../domain/text.js';

const PERCENT = new Set(['%', 'pct', 'pct.', 'procent', 'percent', 'per cent']);

/** Per cent is written as a sign and its changes in percentage points, whichever language named it. */
const isPercent = (unit: Text) => [unit.da, unit.en ?? ''].some((word) => PERCENT.has(word.trim().toLowerCase()));

/** The unit word in the language. */
export function unitLabel(unit: Text, lang: Lang): string {
  return pick(lang, unit).trim();
}

/** The unit as a word for running text: `%` is spelled out (`Tal i procent`). */
export function unitName(unit: Text, lang: Lang): string {
  if (isPercent(unit)) return lang === 'da' ? 'procent' : 'percent';
  return unitLabel(unit, lang);
}

export function formatFigure(value: number, precision: number, unit: Text, lang: Lang): string {
  if (isPercent(unit)) return formatPercent(value, precision, lang);
  const word = unitLabel(unit, lang);
  return word ? `${formatNumber(value, precision, lang)} ${word}` : formatNumber(value, precision, lang);
}

/** A change between two figures, signed: `+2,8 procentpoint`. */
export function formatChange(change: number, precision: number, unit: Text, lang: Lang): string {
  const signed = formatSignedNumber(change, precision, lang);
  if (isPercent(unit)) return formatPercentagePoints(change, precision, lang).replace(formatNumber(change, precision, lang), signed);
  const word = unitLabel(unit, lang);
  return word ? `${signed} ${word}` : signed;
}

/** A period as a heading or table cell: `2012`, `1. kvartal 2013`, `skoleåret 2012/13`. */
export function formatPeriod(label: string, lang: Lang): string {
  const name = periodName(label, lang);
  return name.charAt(0).toUpperCase() + name.slice(1);
}
