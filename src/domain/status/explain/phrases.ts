// Phrases shared by the explanations of every method, bound to one series,
// its unit, its precision and a language: a figure with its period, the
// movement from baseline to latest, the verdict since the previous figure,
// and what to say when there is nothing to judge.

import type { Lang } from '../../number-format.js';
import type { SeriesJudgement } from '../judgement.js';
import { statusLabel } from '../status-labels.js';
import type { StatusUnit, UsedFigure } from '../types.js';
import { decimalsToShow, formatAmount, formatLevel, inPeriod, periodName, subject } from './wording.js';

export interface Phrases {
  readonly lang: Lang;
  readonly series: SeriesJudgement;
  readonly unit: StatusUnit | undefined;
  readonly decimals: number;
  level(value: number): string;
  amount(value: number): string;
  /** "71,2 % i 2010". */
  figure(figure: UsedFigure): string;
  subject(capital: boolean): string;
}

export function phrasesFor(series: SeriesJudgement, unit: StatusUnit | undefined, lang: Lang): Phrases {
  const decimals = decimalsToShow(series.precision, [
    series.baseline?.value,
    series.latest?.value,
    series.previous?.value,
    series.target?.value,
    series.tolerance,
  ]);
  return {
    lang,
    series,
    unit,
    decimals,
    level: (value) => formatLevel(value, decimals, unit, lang),
    amount: (value) => formatAmount(value, decimals, unit, lang),
    figure: (figure) => `${formatLevel(figure.value, decimals, unit, lang)} ${inPeriod(figure.period, lang)}`,
    subject: (capital) => subject(unit, lang, capital),
  };
}

/** "Andelen steg fra 71,2 % i 2010 til 74,0 % i 2012." (on the values as compared). */
export function describeMovement(p: Phrases): string {
  const change = p.series.sinceBaseline!;
  const from = p.figure(change.from);
  const to = p.figure(change.to);
  const who = p.subject(true);
  if (change.change === 0) {
    return p.lang === 'da'
      ? `${who} var ${p.level(change.to.value)} både ${inPeriod(change.from.period, 'da')} og ${inPeriod(change.to.period, 'da')}.`
      : `${who} was ${p.level(change.to.value)} both ${inPeriod(change.from.period, 'en')} and ${inPeriod(change.to.period, 'en')}.`;
  }
  const rose = change.change > 0;
  if (p.lang === 'da') return `${who} ${rose ? 'steg' : 'faldt'} fra ${from} til ${to}.`;
  return `${who} ${rose ? 'rose' : 'fell'} from ${from} to ${to}.`;
}

/** Why there is no status; empty when there is one. */
export function describeMissingData(p: Phrases): string {
  const { latest, baseline, requestedBaselinePeriod } = p.series;
  const da = p.lang === 'da';
  if (!latest) return da ? 'Der er endnu ingen tal, så der er ingen status.' : 'There are no figures yet, so there is no status.';
  if (!baseline) {
    const when = requestedBaselinePeriod === undefined ? '' : ` ${inPeriod(requestedBaselinePeriod, p.lang)}`;
    return da
      ? `Der er ingen tal fra startmålingen${when} eller senere, så der er ingen status.`
      : `There are no figures from the baseline${when} or later, so there is no status.`;
  }
  return da
    ? `Der er kun startmålingen (${p.figure(baseline)}); en status kræver et senere tal.`
    : `There is only the baseline (${p.figure(baseline)}); a status needs a later figure.`;
}

/** A note when the baseline period had no figure and a later one stood in; empty otherwise. */
export function describeBaselineSubstitute(p: Phrases): string {
  const { baseline, requestedBaselinePeriod } = p.series;
  if (!baseline || requestedBaselinePeriod === undefined || baseline.period === requestedBaselinePeriod) return '';
  const asked = periodName(requestedBaselinePeriod, p.lang);
  const used = periodName(baseline.period, p.lang);
  return p.lang === 'da'
    ? `Der er intet tal for startmålingen i ${asked}, så det første senere tal (${used}) bruges i stedet.`
    : `There is no figure for the baseline in ${asked}, so the first later one (${used}) is used instead.`;
}

/** "I forhold til forrige måling (73,5 % i 2011) er det fremgang."; empty without a previous figure. */
export function describeSincePrevious(p: Phrases): string {
  const change = p.series.sincePrevious;
  if (!change) return '';
  const label = statusLabel(change.status, p.lang);
  return p.lang === 'da'
    ? `I forhold til forrige måling (${p.figure(change.from)}) er det ${label}.`
    : `Compared with the previous figure (${p.figure(change.from)}), this is ${label}.`;
}

/** "tolerancen på 0,5 procentpoint" / "the tolerance of 0.5 percentage points"; empty when τ = 0. */
export function toleranceText(p: Phrases): string {
  const tau = p.series.tolerance;
  if (tau === 0) return '';
  return p.lang === 'da' ? `tolerancen på ${p.amount(tau)}` : `the tolerance of ${p.amount(tau)}`;
}

/** Joins sentences, skipping empty ones. */
export function sentences(...parts: string[]): string {
  return parts.filter((part) => part !== '').join(' ');
}
