// Method `trajectory`: is the city on the straight path from its baseline to
// its target? The expected value now is e(t) = y0 + (yT − y0)(t − t0)/(T − t0);
// being within τ of it (or better) is on course. A series without a target
// has no path; the caller then judges it by `direction` and says so.
// Values are compared as given: rounding to the published precision is the
// `direction` method's rule, and METHODS.md does not extend it to this one.

import { marginFor } from './compare.js';
import type { ResolvedSettings } from './settings.js';
import type { SeriesPoints } from './series-points.js';
import type { TrajectoryStatus } from './types.js';

export interface TrajectoryOutcome {
  readonly status: TrajectoryStatus;
  /** e(t); undefined when there was nothing to compare it with. */
  readonly expected: number | undefined;
}

/**
 * The value expected at time t on the path from (t0, y0) to (T, yT). When the
 * target period is not after the baseline there is no path to follow, and the
 * target itself is what is expected.
 */
export function expectedOnPath(y0: number, t0: number, yT: number, T: number, t: number): number {
  if (!(T > t0)) return yT;
  return y0 + ((yT - y0) * (t - t0)) / (T - t0);
}

/** Requires settings with a target value and period. */
export function judgeByTrajectory(points: SeriesPoints, settings: ResolvedSettings): TrajectoryOutcome {
  const { latest, baseline } = points;
  const d = settings.sign;
  const yT = settings.targetValue!;
  const T = settings.targetPeriod!.time;
  if (!latest) return { status: 'no_data', expected: undefined };
  const y = latest.value;
  if (d * (y - yT) >= 0) return { status: 'target_reached', expected: undefined };
  // With only the baseline, the city is trivially "on" its path; that says
  // nothing, so it is reported as no data, as `direction` does.
  if (!baseline || !(latest.time > baseline.time)) return { status: 'no_data', expected: undefined };
  const y0 = baseline.value;
  const expected = expectedOnPath(y0, baseline.time, yT, T, latest.time);
  const tau = settings.tolerance;
  if (d * (y - expected) >= -tau - marginFor(y, expected)) return { status: 'on_course', expected };
  if (d * (y - y0) > tau + marginFor(y, y0)) return { status: 'too_slow', expected };
  return { status: 'off_course', expected };
}
