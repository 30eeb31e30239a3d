// Finds the three figures every method needs in a series: the baseline (the
// figure of the baseline period, or the first later one when that period has
// none), the latest, and the one before the latest. Observations may come in
// any order; the common case (already in order) is checked in one pass and
// needs no sorting or copying, which keeps the engine fast.

import type { Period } from '../period.js';
import { parsePeriodCached } from './period-cache.js';
import type { Observation, StatusInputError, UsedFigure } from './types.js';

export interface SeriesPoints {
  readonly count: number;
  readonly baseline: UsedFigure | undefined;
  readonly latest: UsedFigure | undefined;
  readonly previous: UsedFigure | undefined;
}

function toFigure(period: Period, value: number): UsedFigure {
  return { period: period.label, time: period.time, value };
}

/**
 * Picks baseline, latest and previous from `observations`. Returns undefined
 * after pushing errors when a period label is invalid, a value is not a
 * finite number, a period occurs twice, or the series mixes kinds of period
 * (years with quarters, say), whose times would not be comparable.
 */
export function locateSeriesPoints(
  observations: readonly Observation[],
  baselinePeriod: Period | undefined,
  seriesKey: string,
  errors: StatusInputError[],
): SeriesPoints | undefined {
  const count = observations.length;
  const before = errors.length;
  let inOrder = true;
  let kind: Period['kind'] | undefined;
  let lastSortKey = -Infinity;
  let baselineIndex = -1;
  let baselineAt: Period | undefined;
  let latestAt: Period | undefined;
  let previousAt: Period | undefined;
  for (let i = 0; i < count; i++) {
    const observation = observations[i]!;
    const period = parsePeriodCached(observation.period);
    if (!period) {
      errors.push({ code: 'invalid_period', seriesKey, message: `"${String(observation.period)}" is not a period` });
      continue;
    }
    if (typeof observation.value !== 'number' || !Number.isFinite(observation.value)) {
      errors.push({ code: 'invalid_value', seriesKey, message: `the value for ${period.label} is not a finite number` });
    }
    if (kind === undefined) kind = period.kind;
    else if (period.kind !== kind && errors.length === before) {
      errors.push({ code: 'mixed_period_kinds', seriesKey, message: `mixes ${kind} and ${period.kind} periods` });
    }
    if (period.sortKey <= lastSortKey) inOrder = false;
    lastSortKey = period.sortKey;
    if (baselineIndex < 0 && (!baselinePeriod || period.time >= baselinePeriod.time)) {
      baselineIndex = i;
      baselineAt = period;
    }
    previousAt = latestAt;
    latestAt = period;
  }
  if (errors.length > before) return undefined;
  if (!inOrder) return locateInUnorderedSeries(observations, baselinePeriod, seriesKey, errors);

  return {
    count,
    baseline: baselineAt && toFigure(baselineAt, observations[baselineIndex]!.value),
    latest: latestAt && toFigure(latestAt, observations[count - 1]!.value),
    previous: previousAt && toFigure(previousAt, observations[count - 2]!.value),
  };
}

function locateInUnorderedSeries(
  observations: readonly Observation[],
  baselinePeriod: Period | undefined,
  seriesKey: string,
  errors: StatusInputError[],
): SeriesPoints | undefined {
  const sorted = observations
    .map((observation) => ({ period: parsePeriodCached(observation.period)!, value: observation.value }))
    .sort((a, b) => a.period.sortKey - b.period.sortKey);
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i]!.period.sortKey === sorted[i - 1]!.period.sortKey) {
      errors.push({ code: 'duplicate_period', seriesKey, message: `${sorted[i]!.period.label} occurs more than once` });
      return undefined;
    }
  }
  const count = sorted.length;
  const latest = sorted[count - 1];
  const previous = count > 1 ? sorted[count - 2] : undefined;
  const baseline = baselinePeriod ? sorted.find((entry) => entry.period.time >= baselinePeriod.time) : sorted[0];
  return {
    count,
    baseline: baseline && toFigure(baseline.period, baseline.value),
    latest: latest && toFigure(latest.period, latest.value),
    previous: previous && toFigure(previous.period, previous.value),
  };
}
