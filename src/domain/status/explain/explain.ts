// Plain-language explanations of judgements, in Danish or English, written
// from the numbers the judgement used. Built on request rather than with
// every judgement, so that judging thousands of indicators stays cheap;
// a page calls explainIndicatorJudgement for the indicators it shows.

import type { Lang } from '../../number-format.js';
import type { IndicatorJudgement, SeriesJudgement } from '../judgement.js';
import type { StatusUnit } from '../types.js';
import { explainDirection } from './explain-direction.js';
import { explainOpenSdgAverage, explainOpenSdgSeries } from './explain-opensdg.js';
import { explainTrajectory } from './explain-trajectory.js';
import { phrasesFor } from './phrases.js';

/** Why one series has its status; `unit` as on the indicator. */
export function explainSeriesJudgement(series: SeriesJudgement, lang: Lang, unit?: StatusUnit): string {
  const phrases = phrasesFor(series, unit, lang);
  switch (series.method) {
    case 'direction':
      // A trajectory fallback is judged by direction; its text starts with the reason.
      return series.fallback ? explainTrajectory(phrases) : explainDirection(phrases);
    case 'trajectory':
      return explainTrajectory(phrases);
    case 'opensdg':
      return explainOpenSdgSeries(phrases);
  }
}

/** Why the indicator has its status: its headline series, or (opensdg) its one series or its average. */
export function explainIndicatorJudgement(judgement: IndicatorJudgement, lang: Lang): string {
  if (judgement.method === 'opensdg') {
    const only = judgement.series.length === 1 ? judgement.series[0] : undefined;
    return only ? explainSeriesJudgement(only, lang, judgement.unit) : explainOpenSdgAverage(judgement, lang);
  }
  const headline = judgement.series.find((series) => series.key === judgement.headlineKey) ?? judgement.series[0]!;
  return explainSeriesJudgement(headline, lang, judgement.unit);
}
