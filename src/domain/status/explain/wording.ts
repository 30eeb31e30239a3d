// The building blocks of explanations: figures with their unit, amounts of
// change (percentage points when the unit is percent), periods as phrases
// ("i 1. kvartal 2013", "in the 2012/13 school year"), and which way is good.

import { decimalsNeeded, formatNumber, formatPercent, formatPercentagePoints, type Lang } from '../../number-format.js';
import type { Direction, StatusUnit } from '../types.js';

const PERCENT_UNITS = new Set(['%', 'pct', 'pct.', 'procent', 'percent', 'per cent']);

function isPercentUnit(unit: StatusUnit | undefined): boolean {
  if (unit === undefined) return false;
  const text = typeof unit === 'string' ? unit : unit.en;
  return PERCENT_UNITS.has(text.trim().toLowerCase());
}

function unitWord(unit: StatusUnit | undefined, lang: Lang): string {
  if (unit === undefined) return '';
  return (typeof unit === 'string' ? unit : unit[lang]).trim();
}

/** A level: `71,2 %`, `1.234 personer`, `3,5`. */
export function formatLevel(value: number, decimals: number, unit: StatusUnit | undefined, lang: Lang): string {
  if (isPercentUnit(unit)) return formatPercent(value, decimals, lang);
  const word = unitWord(unit, lang);
  const number = formatNumber(value, decimals, lang);
  return word === '' ? number : `${number} ${word}`;
}

/** A size of change (never signed): `2,8 procentpoint`, `12 personer`. */
export function formatAmount(amount: number, decimals: number, unit: StatusUnit | undefined, lang: Lang): string {
  const size = Math.abs(amount);
  if (isPercentUnit(unit)) return formatPercentagePoints(size, decimals, lang);
  return formatLevel(size, decimals, unit, lang);
}

/**
 * The decimals to show: the published precision when there is one, else as
 * many as the figures need (at most four), so no figure looks rounded away.
 */
export function decimalsToShow(precision: number | undefined, values: readonly (number | undefined)[]): number {
  if (precision !== undefined) return precision;
  let decimals = 0;
  for (const value of values) if (value !== undefined) decimals = Math.max(decimals, decimalsNeeded(value, 4));
  return decimals;
}

const MONTHS: Record<Lang, readonly string[]> = {
  da: ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/**
 * A period as it reads after a preposition: `2010`, `1. kvartal 2013`,
 * `Q1 2013`, `skoleåret 2012/13`, `januar 2013`. Judgements carry canonical
 * labels (see period.ts), so their form tells the kind; anything else is
 * shown as it is.
 */
export function periodName(label: string, lang: Lang): string {
  let match = /^(\d{4}) Q([1-4])$/.exec(label);
  if (match) return lang === 'da' ? `${match[2]}. kvartal ${match[1]}` : `Q${match[2]} ${match[1]}`;
  match = /^\d{4}\/\d{2}$/.exec(label);
  if (match) return lang === 'da' ? `skoleåret ${label}` : `the ${label} school year`;
  match = /^(\d{4})-(\d{2})$/.exec(label);
  const month = match ? MONTHS[lang][Number(match[2]) - 1] : undefined;
  if (match && month) return `${month} ${match[1]}`;
  return label;
}

/** "i 2010" / "in 2010". */
export function inPeriod(label: string, lang: Lang): string {
  return `${lang === 'da' ? 'i' : 'in'} ${periodName(label, lang)}`;
}

/** The deadline of a target: "i 2030" / "by 2030"; empty when there is none. */
export function byPeriod(label: string | undefined, lang: Lang): string {
  if (label === undefined) return '';
  return ` ${lang === 'da' ? 'i' : 'by'} ${periodName(label, lang)}`;
}

/** "et højere tal er bedre" / "higher is better". */
export function whichWayIsGood(direction: Direction, lang: Lang): string {
  if (lang === 'da') return direction === 'increase' ? 'et højere tal er bedre' : 'et lavere tal er bedre';
  return direction === 'increase' ? 'higher is better' : 'lower is better';
}

/** The subject of a sentence about the figure: "Andelen" for percentages, else "Tallet". */
export function subject(unit: StatusUnit | undefined, lang: Lang, capital: boolean): string {
  const word = isPercentUnit(unit) ? (lang === 'da' ? 'andelen' : 'the share') : lang === 'da' ? 'tallet' : 'the figure';
  return capital ? word.charAt(0).toUpperCase() + word.slice(1) : word;
}
