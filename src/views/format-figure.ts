// A figure with its unit as a reader sees it: `52,3 %`, a change in
// percentage points, `−1,3 karakterpoint`. Numbers follow the language, and
// the common Danish unit words are given in English on English pages.
import { formatNumber, formatPercent, formatPercentagePoints, formatSignedNumber } from '../domain/number-format.js';
import type { Lang } from '../domain/number-format.js';
import { periodName } from '../domain/status/explain/wording.js';

const isPercent = (unit: string) => ['%', 'pct', 'pct.', 'procent', 'percent'].includes(unit.trim().toLowerCase());

const ENGLISH_UNITS: Readonly<Record<string, string>> = {
  procentpoint: 'percentage points',
  karakterpoint: 'grade points',
  personer: 'people',
  borgere: 'residents',
  elever: 'pupils',
  børn: 'children',
  år: 'years',
  kr: 'DKK',
  'kr.': 'DKK',
};

/** The unit word in the language (Danish unit words are stored; English is looked up). */
export function unitLabel(unit: string, lang: Lang): string {
  const word = unit.trim();
  return lang === 'en' ? (ENGLISH_UNITS[word.toLowerCase()] ?? word) : word;
}

/** The unit as a word for running text: `%` is spelled out (`Tal i procent`). */
export function unitName(unit: string, lang: Lang): string {
  if (isPercent(unit)) return lang === 'da' ? 'procent' : 'per cent';
  return unitLabel(unit, lang);
}

export function formatFigure(value: number, precision: number, unit: string, lang: Lang): string {
  if (isPercent(unit)) return formatPercent(value, precision, lang);
  const word = unitLabel(unit, lang);
  return word ? `${formatNumber(value, precision, lang)} ${word}` : formatNumber(value, precision, lang);
}

/** A change between two figures, signed: `+2,8 procentpoint`. */
export function formatChange(change: number, precision: number, unit: string, lang: Lang): string {
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
