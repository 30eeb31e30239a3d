// Maps the policy overview (statuses judged by the status engine, roll-ups
// included) to the lines a letter shows, in the letter's language and with
// figures written out. Nothing is judged again here: colours and verdicts
// are the engine's, so a change within tolerance stays "unchanged".
import { MINUS_SIGN, roundToDecimals } from '../../domain/number-format.js';
import { formatAmount, formatLevel, periodName } from '../../domain/status/explain/wording.js';
import { statusLabel } from '../../domain/status/status-labels.js';
import { toStatusUnit } from '../../domain/indicator-units.js';
import type { StatusUnit } from '../../domain/status/types.js';
import type { RollUp } from '../../domain/status/rollup.js';
import type { AreaLine, ColourCounts, GoalLine, IndicatorLine, LetterLang, OverallLine, VerdictWords } from '../../domain/letters/view-models.js';
import { t } from '../../i18n/index.js';
import { rollUpDistribution, rollUpVerdictInSentence } from '../rollup-words.js';
import type { FocusAreaOverview, GoalOverview, IndicatorOverview, Text } from '../policy-overview.js';

export const inLang = (text: Text, lang: LetterLang): string => (lang === 'en' ? (text.en ?? text.da) : text.da);

function signedAmount(change: number, decimals: number, unit: StatusUnit, lang: LetterLang): string {
  const rounded = roundToDecimals(change, decimals);
  const sign = rounded < 0 ? MINUS_SIGN : rounded > 0 ? '+' : '';
  return sign + formatAmount(change, decimals, unit, lang);
}

function toIndicatorLine(indicator: IndicatorOverview, lang: LetterLang, inRelease: ReadonlySet<string>): IndicatorLine {
  const judgement = indicator.judgement;
  const headline = judgement?.series.find((s) => s.key === judgement.headlineKey) ?? judgement?.series[0];
  // A letter states the headline (the gap, for a gap indicator), so it speaks in the headline's unit;
  // an indicator without an English unit is written with its Danish one.
  const unit = toStatusUnit(indicator.unit);
  const level = (figure: { value: number; period: string } | undefined) =>
    figure ? `${formatLevel(figure.value, indicator.precision, unit, lang)} (${periodName(figure.period, lang)})` : null;
  return {
    code: indicator.code,
    title: inLang(indicator.title, lang),
    isMain: indicator.isMain,
    colour: judgement?.colour ?? 'grey',
    status: statusLabel(judgement?.status ?? 'no_data', lang),
    latest: level(headline?.latest),
    baseline: level(headline?.baseline),
    changeSinceBaseline: headline?.sinceBaseline ? signedAmount(headline.sinceBaseline.change, indicator.precision, unit, lang) : null,
    sincePrevious: headline?.sincePrevious
      ? { status: statusLabel(headline.sincePrevious.status, lang), change: signedAmount(headline.sincePrevious.change, indicator.precision, unit, lang) }
      : null,
    inRelease: inRelease.has(indicator.code),
  };
}

/** A roll-up as a letter states it: colour, the words that follow the counts, the distribution. */
export function toVerdictWords(rollUp: RollUp, lang: LetterLang): VerdictWords {
  return { colour: rollUp.colour, verdict: rollUpVerdictInSentence(lang, rollUp), distribution: rollUpDistribution(lang, rollUp) };
}

export function toGoalLine(goal: GoalOverview, lang: LetterLang, inRelease: ReadonlySet<string>): GoalLine {
  return {
    number: goal.number,
    title: inLang(goal.title, lang),
    ...toVerdictWords(goal.status, lang),
    committees: goal.committees.map((c) => ({ code: c.code, name: inLang(c.name, lang), role: c.role })),
    indicators: goal.indicators.map((i) => toIndicatorLine(i, lang, inRelease)),
  };
}

function colourCounts(indicators: readonly IndicatorLine[]): ColourCounts {
  const counts = { green: 0, yellow: 0, orange: 0, red: 0, grey: 0 };
  for (const i of indicators) counts[i.colour]++;
  return counts;
}

export function toAreaLine(area: FocusAreaOverview, lang: LetterLang, inRelease: ReadonlySet<string>): AreaLine {
  const goals = area.goals.map((g) => toGoalLine(g, lang, inRelease));
  return {
    number: area.number,
    title: inLang(area.title, lang),
    ...toVerdictWords(area.status, lang),
    counts: colourCounts(goals.flatMap((g) => g.indicators)),
    goals,
  };
}

/** The policy rolled up from its indicators (never from its areas' colours), and what that means. */
export function overallOf(rollUp: RollUp, areas: readonly AreaLine[], lang: LetterLang): OverallLine {
  return {
    ...toVerdictWords(rollUp, lang),
    counts: colourCounts(areas.flatMap((a) => a.goals.flatMap((g) => g.indicators))),
    reading: t(lang, `letters.reading.${rollUp.colour}`),
  };
}
