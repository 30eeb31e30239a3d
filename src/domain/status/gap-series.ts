// Builds a gap series (focus group minus reference group), the headline of
// indicators such as excess unemployment or the exam-grade gap between
// bilingual and monolingual pupils. Figures are paired by period; a period
// present in only one group has no gap and is left out.

import { parsePeriodCached } from './period-cache.js';
import type { Observation } from './types.js';

/** The same period in any spelling (`2013K1`, `2013 Q1`) pairs up; text that is no period pairs by itself. */
function pairingKey(label: string): string {
  return parsePeriodCached(label)?.label ?? `?${String(label).trim()}`;
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
    if (other !== undefined) gap.push({ period: observation.period, value: observation.value - other });
  }
  return gap;
}
