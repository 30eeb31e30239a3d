// Method `direction`, the default and Copenhagen's own practice: has the
// indicator moved the good way since the baseline, by more than the
// tolerance, on figures rounded as they are published?

import { roundToPrecision } from './compare.js';
import type { ResolvedSettings } from './settings.js';
import type { SeriesPoints } from './series-points.js';
import type { ChangeSince, DirectionStatus } from './types.js';

/** d·(round(y) − round(yT)) ≥ 0: the latest published figure meets the target. */
function isTargetReachedWhenRounded(latest: number, settings: ResolvedSettings): boolean {
  if (settings.targetValue === undefined) return false;
  const gap = roundToPrecision(latest, settings.precision) - roundToPrecision(settings.targetValue, settings.precision);
  return settings.sign * gap >= 0;
}

/**
 * The status from the figures and the comparison with the baseline (which
 * the caller makes only when there is a figure after the baseline). A
 * reached target is reported even when the only figure is the baseline: the
 * city is where it wanted to be, and saying "no data" would hide that.
 */
export function judgeByDirection(points: SeriesPoints, settings: ResolvedSettings, sinceBaseline: ChangeSince | undefined): DirectionStatus {
  if (!points.latest) return 'no_data';
  if (isTargetReachedWhenRounded(points.latest.value, settings)) return 'target_reached';
  if (!sinceBaseline) return 'no_data';
  return sinceBaseline.status;
}
