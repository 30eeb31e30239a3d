// Compares two figures the way a reader of the barometer would: on values
// rounded to the published precision, in the good direction, with the
// tolerance. A change of exactly τ is unchanged. Binary arithmetic must not
// decide a borderline case (0.4 − 0.1 is 0.30000000000000004), so changes
// are compared with a margin far below any published precision.

import { roundToDecimals } from '../number-format.js';
import type { ChangeSince, ChangeStatus, UsedFigure } from './types.js';

/** Relative margin under which two numbers count as equal. */
const MARGIN = 1e-9;

/** A margin scaled to the numbers compared, never below MARGIN itself. */
export function marginFor(a: number, b: number): number {
  return MARGIN * Math.max(1, Math.abs(a), Math.abs(b));
}

/** `value` rounded to `precision` decimals; unchanged when no precision is set. */
export function roundToPrecision(value: number, precision: number | undefined): number {
  return precision === undefined ? value : roundToDecimals(value, precision);
}

/**
 * The verdict on a change already multiplied by the direction d:
 * more than τ is progress, less than −τ is regress, anything between is unchanged.
 */
function classifyChange(gain: number, tolerance: number, scale: number): ChangeStatus {
  const margin = MARGIN * Math.max(1, Math.abs(scale), tolerance);
  if (gain > tolerance + margin) return 'progress';
  if (gain < -tolerance - margin) return 'regress';
  return 'unchanged';
}

/** Compares `to` with `from`: change = round(to) − round(from), judged by d and τ. */
export function compareFigures(from: UsedFigure, to: UsedFigure, sign: 1 | -1, tolerance: number, precision: number | undefined): ChangeSince {
  const difference = roundToPrecision(to.value, precision) - roundToPrecision(from.value, precision);
  // Rounding the difference again removes binary noise: 74.0 − 71.2 is 2.8, not 2.799999999999997.
  const change = roundToPrecision(difference, precision);
  const scale = Math.max(Math.abs(from.value), Math.abs(to.value));
  return { from, to, change, status: classifyChange(sign * change, tolerance, scale) };
}
