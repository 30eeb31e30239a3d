// Builds a gap series (focus group minus reference group), the headline of
// indicators such as excess unemployment or the exam-grade gap between
// bilingual and monolingual pupils. Figures are paired by period; a period
// present in only one group has no gap and is left out.

import { decimalsNeeded, roundToDecimals } from '../number-format.js';
import { parsePeriodCached } from './period-cache.js';
import type { Observation } from './types.js';

/** The same period in any spelling (`2013K1`, `2013 Q1`) pairs up; text that is no period pairs by itself. */
function pairingKey(label: string): string {
  return parsePeriodCached(label)?.label ?? `?${String(label).trim()}`;
}

/**
 * a − b as a person subtracts decimals. Binary subtraction leaves noise
 * (7.5 − 1.2 is 6.300000000000001), which would leave the system in every
 * download; the difference of two decimals never has more decimals than the
 * longer of them, so rounding to that many is exact, not a loss.
 */
function decimalDifference(a: number, b: number): number {
  return roundToDecimals(a - b, Math.max(decimalsNeeded(a, 12), decimalsNeeded(b, 12)));
}

/**
 * focus − reference for each period both have, in the focus series' order,
 * labelled as the focus series labels it. Labels that are not periods are
 * passed through, so that judging the gap reports them as errors.
 */
export function gapSeries(focus: readonly Observation[], reference: readonly Observation[]): Observation[] {
  const referenceByPeriod = new Map<string, number>();
  for (const observation of reference) referenceByPeriod.set(pairingKey(observation.period), observation.value);
  const gap: Observation[] = [];
  for (const observation of focus) {
    const other = referenceByPeriod.get(pairingKey(observation.period));
    if (other !== undefined) gap.push({ period: observation.period, value: decimalDifference(observation.value, other) });
  }
  return gap;
}
