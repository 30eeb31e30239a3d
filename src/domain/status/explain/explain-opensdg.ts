// Explains an `opensdg` judgement: the growth the series showed, what it is
// compared with (the pace the target needs, or fixed yearly rates), and the
// score on Open SDG's scale from −5 to 5.

import { formatNumber, formatPercent } from '../../number-format.js';
import type { IndicatorJudgement } from '../judgement.js';
import { statusLabel } from '../status-labels.js';
import { describeTargetReached } from './explain-direction.js';
import type { Phrases } from './phrases.js';
import { sentences } from './phrases.js';
import { byPeriod, periodName } from './wording.js';

function describeUnavailable(p: Phrases): string {
  const { latest, baseline, opensdg } = p.series;
  const da = p.lang === 'da';
  switch (opensdg!.unavailableReason) {
    case 'no_data':
      return da ? 'Der er ingen tal, så fremskridtet kan ikke måles.' : 'There are no figures, so progress cannot be measured.';
    case 'no_baseline':
      return da
        ? 'Der er ingen tal fra startmålingen eller senere, så fremskridtet kan ikke måles.'
        : 'There are no figures from the baseline or later, so progress cannot be measured.';
    case 'less_than_a_year':
      return da
        ? `Der er mindre end et år mellem startmålingen (${periodName(baseline!.period, 'da')}) og det seneste tal (${periodName(latest!.period, 'da')}), så fremskridtet kan ikke måles endnu.`
        : `Less than a year separates the baseline (${periodName(baseline!.period, 'en')}) from the latest figure (${periodName(latest!.period, 'en')}), so progress cannot be measured yet.`;
    case 'opposite_signs':
      return da
        ? `Startmålingen (${p.figure(baseline!)}) og det seneste tal (${p.figure(latest!)}) har modsat fortegn, så der kan ikke beregnes en årlig vækstrate.`
        : `The baseline (${p.figure(baseline!)}) and the latest figure (${p.figure(latest!)}) have opposite signs, so no yearly growth rate can be computed.`;
    default:
      return da
        ? 'Målsætningen kræver ingen vækst fra startmålingen (den er lig med startmålingen, eller målåret er startåret), så fremskridtet kan ikke måles.'
        : 'The target requires no growth from the baseline (it equals the baseline, or its deadline is the baseline period), so progress cannot be measured.';
  }
}

function describeProgress(p: Phrases): string {
  const { baseline, latest, target, opensdg } = p.series;
  const da = p.lang === 'da';
  const P = opensdg!.progressValue!;
  const span = da ? `Fra ${p.figure(baseline!)} til ${p.figure(latest!)}` : `From ${p.figure(baseline!)} to ${p.figure(latest!)}`;
  if (target) {
    const goal = `${p.level(target.value)}${byPeriod(target.period, p.lang)}`;
    if (P < 0) {
      return da
        ? `${span} bevægede ${p.subject(false)} sig væk fra målsætningen på ${goal}.`
        : `${span}, ${p.subject(false)} moved away from the target of ${goal}.`;
    }
    const share = formatPercent(P * 100, 0, p.lang);
    return da
      ? `${span} gik udviklingen i den ønskede retning med ${share} af det årlige tempo, der skal til for at nå målsætningen på ${goal}.`
      : `${span}, the figure moved the desired way at ${share} of the yearly pace needed to reach the target of ${goal}.`;
  }
  const rate = formatPercent(P * 100, 2, p.lang);
  const coefficient = opensdg!.limitCoefficient;
  const scaled =
    coefficient === undefined || coefficient === 1
      ? ''
      : da
        ? ` (grænserne er ganget med ${formatNumber(coefficient, 3, 'da')}, fordi startværdien ligger nær grænsen på ${p.level(p.series.limit!)})`
        : ` (the thresholds are multiplied by ${formatNumber(coefficient, 3, 'en')}, because the baseline lies near the limit of ${p.level(p.series.limit!)})`;
  return da
    ? `${span} var den gennemsnitlige årlige vækst i den ønskede retning ${rate}; Open SDG regner 1,5 % om året som på rette spor og 0,5 % som fremskridt${scaled}.`
    : `${span}, the average yearly growth in the desired direction was ${rate}; Open SDG counts 1.5% a year as on track and 0.5% as progress${scaled}.`;
}

function describeScore(score: number, label: string, lang: Phrases['lang']): string {
  const shown = formatNumber(score, 2, lang);
  return lang === 'da' ? `Det giver scoren ${shown} på en skala fra −5 til 5: ${label}.` : `That gives a score of ${shown} on a scale from −5 to 5: ${label}.`;
}

export function explainOpenSdgSeries(p: Phrases): string {
  const { status, opensdg } = p.series;
  if (status === 'target_achieved') return describeTargetReached(p);
  if (status === 'not_available') return describeUnavailable(p);
  return sentences(describeProgress(p), describeScore(opensdg!.score!, statusLabel(status, p.lang), p.lang));
}

/** The indicator's line when it averages several series. */
export function explainOpenSdgAverage(judgement: IndicatorJudgement, lang: Phrases['lang']): string {
  const label = statusLabel(judgement.status, lang);
  const scored = judgement.series.filter((series) => series.opensdg?.score !== undefined).length;
  const da = lang === 'da';
  if (judgement.score === undefined) {
    return da
      ? 'Ingen af indikatorens serier har tal nok til at måle fremskridt, så status kan ikke vurderes.'
      : 'None of the indicator’s series has enough figures to measure progress, so the status is not available.';
  }
  if (judgement.status === 'target_achieved') {
    return da ? `Alle ${scored} serier med en score har nået deres mål.` : `All ${scored} series with a score have reached their targets.`;
  }
  const grouped = judgement.series.some((series) => series.group && series.group.length > 0);
  const how = grouped ? (da ? ', hvor serier i samme gruppe først er lagt sammen' : ', with series in the same group averaged first') : '';
  const shown = formatNumber(judgement.score, 2, lang);
  return da
    ? `Indikatorens score er ${shown} på en skala fra −5 til 5, gennemsnittet af ${scored} serier${how}: ${label}.`
    : `The indicator’s score is ${shown} on a scale from −5 to 5, the mean of ${scored} series${how}: ${label}.`;
}
