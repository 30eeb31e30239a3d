// The status engine's entry point: judges one indicator by its method and
// returns the judgement with every number used, or the input errors that
// prevented it. Pure: no clock, no IO; the caller decides which figures are
// published (filtering by release or date happens before this).
//
// `direction` and `trajectory` give the indicator the status of its headline
// series; every other series is judged too, so pages can show them.
// `opensdg` judges every series and averages their scores (nested by group).

import { colourOfStatus } from './colours.js';
import { compareFigures } from './compare.js';
import { judgeByDirection } from './direction-method.js';
import type { IndicatorJudgement, IndicatorStatusResult, OpenSdgDetails, SeriesJudgement } from './judgement.js';
import { aggregateOpenSdgSeries } from './opensdg-aggregate.js';
import { measureOpenSdgProgress } from './opensdg-method.js';
import { locateSeriesPoints } from './series-points.js';
import { hasOwnSettings, NO_OVERRIDES, resolveSeriesSettings, type ResolvedSettings } from './settings.js';
import { judgeByTrajectory } from './trajectory-method.js';
import type { ChangeSince, StatusCode, StatusIndicatorInput, StatusInputError, StatusMethod, StatusSeriesInput } from './types.js';

function judgeSeries(series: StatusSeriesInput, settings: ResolvedSettings, method: StatusMethod, errors: StatusInputError[]): SeriesJudgement | undefined {
  const points = locateSeriesPoints(series.observations, settings.baselinePeriod, series.key, errors);
  if (!points) return undefined;

  const { latest, baseline, previous } = points;
  const { sign, tolerance, precision } = settings;
  const sinceBaseline: ChangeSince | undefined =
    latest && baseline && latest.time > baseline.time ? compareFigures(baseline, latest, sign, tolerance, precision) : undefined;
  const sincePrevious: ChangeSince | undefined = latest && previous ? compareFigures(previous, latest, sign, tolerance, precision) : undefined;

  let applied: StatusMethod = method;
  let fallback: SeriesJudgement['fallback'];
  let status: StatusCode;
  let expected: number | undefined;
  let opensdg: OpenSdgDetails | undefined;
  if (method === 'trajectory' && settings.targetValue === undefined) {
    applied = 'direction';
    fallback = 'no_target';
  }
  if (applied === 'direction') {
    status = judgeByDirection(points, settings, sinceBaseline);
  } else if (applied === 'trajectory') {
    const outcome = judgeByTrajectory(points, settings);
    status = outcome.status;
    expected = outcome.expected;
  } else {
    const outcome = measureOpenSdgProgress(points, settings);
    status = outcome.status;
    opensdg = outcome;
  }

  return {
    key: series.key,
    group: series.group,
    method: applied,
    fallback,
    status,
    colour: colourOfStatus(status),
    direction: settings.direction,
    precision,
    tolerance,
    requestedBaselinePeriod: settings.baselinePeriod?.label,
    baseline,
    latest,
    previous,
    target: settings.target,
    limit: settings.limit,
    sinceBaseline,
    sincePrevious,
    expected,
    opensdg,
  };
}

function checkIndicator(indicator: StatusIndicatorInput, method: StatusMethod, errors: StatusInputError[]): void {
  if (method !== 'direction' && method !== 'trajectory' && method !== 'opensdg') {
    errors.push({ code: 'invalid_setting', message: 'method must be direction, trajectory or opensdg' });
  }
  const { series, headlineKey } = indicator;
  if (series.length === 0) errors.push({ code: 'no_series', message: 'the indicator has no series' });
  // Indicators have a handful of series; comparing pairs is cheaper than building a set.
  for (let i = 1; i < series.length; i++) {
    const key = series[i]!.key;
    for (let j = 0; j < i; j++) {
      if (series[j]!.key === key) {
        errors.push({ code: 'duplicate_series', seriesKey: key, message: `series "${key}" occurs more than once` });
        break;
      }
    }
  }
  if (headlineKey !== undefined && !series.some((one) => one.key === headlineKey)) {
    errors.push({ code: 'unknown_headline', message: `no series "${headlineKey}" to use as headline` });
  }
}

/** Judges one indicator. Never throws for bad input: it returns `{ ok: false, errors }`. */
export function computeIndicatorStatus(indicator: StatusIndicatorInput): IndicatorStatusResult {
  const method = indicator.method ?? 'direction';
  const errors: StatusInputError[] = [];
  checkIndicator(indicator, method, errors);
  if (errors.length > 0) return { ok: false, errors };

  const judged: SeriesJudgement[] = [];
  // Series without settings of their own share the indicator's, resolved once (null: they were invalid).
  let shared: ResolvedSettings | null | undefined;
  for (const series of indicator.series) {
    let settings: ResolvedSettings | null | undefined;
    if (hasOwnSettings(series)) {
      settings = resolveSeriesSettings(indicator, series, series.key, method, errors);
    } else {
      // Any error is reported once, against the first series that needed these settings.
      if (shared === undefined) shared = resolveSeriesSettings(indicator, NO_OVERRIDES, series.key, method, errors) ?? null;
      settings = shared;
    }
    if (!settings) continue;
    const judgement = judgeSeries(series, settings, method, errors);
    if (judgement) judged.push(judgement);
  }
  if (errors.length > 0) return { ok: false, errors };

  let judgement: IndicatorJudgement;
  if (method === 'opensdg') {
    const { score, status } = aggregateOpenSdgSeries(judged);
    judgement = { method, status, colour: colourOfStatus(status), score, headlineKey: undefined, series: judged, unit: indicator.unit };
  } else {
    // checkIndicator has made sure there is a first series and that a named headline exists.
    const headline = (indicator.headlineKey === undefined ? judged[0] : judged.find((s) => s.key === indicator.headlineKey))!;
    judgement = {
      method,
      status: headline.status,
      colour: headline.colour,
      score: undefined,
      headlineKey: headline.key,
      series: judged,
      unit: indicator.unit,
    };
  }
  return { ok: true, judgement };
}
