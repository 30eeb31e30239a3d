// Method `opensdg`: Statistics Canada's progress measure as Open SDG 2.4
// computes it for one series (sdg-build's SeriesProgress). The arithmetic is
// written in the same order as Open SDG's so that results agree to the last
// few bits, and Open SDG's quirks are kept on purpose: zero becomes 0.001,
// the limit coefficient uses the baseline before that replacement, and the
// score formulas keep their rounded constants.

import type { OpenSdgDetails } from './judgement.js';
import type { ResolvedSettings } from './settings.js';
import type { SeriesPoints } from './series-points.js';
import type { OpenSdgStatus } from './types.js';

export interface OpenSdgOutcome extends OpenSdgDetails {
  readonly status: OpenSdgStatus;
}

const ZERO_REPLACEMENT = 0.001;
const LIMIT_EXPONENT = 4.44;

/** CAGR(v1, v0, t1, t0) = (v1 / v0)^(1 / (t1 − t0)) − 1. */
export function compoundAnnualGrowthRate(v1: number, v0: number, t1: number, t0: number): number {
  return Math.pow(v1 / v0, 1 / (t1 - t0)) - 1;
}

/**
 * |CAGR| for the growth a target requires. When target and baseline have
 * opposite signs and the exponent is fractional, Python's `**` returns a
 * complex number and Open SDG divides by its modulus; this reproduces it
 * (CPython's complex power: modulus |r|^e, phase π·e).
 */
export function requiredGrowthMagnitude(yT: number, y0: number, T: number, t0: number): number {
  const ratio = yT / y0;
  const exponent = 1 / (T - t0);
  if (ratio >= 0 || Number.isInteger(exponent)) return Math.abs(Math.pow(ratio, exponent) - 1);
  const modulus = Math.pow(-ratio, exponent);
  const phase = Math.PI * exponent;
  return Math.hypot(modulus * Math.cos(phase) - 1, modulus * Math.sin(phase));
}

/** C: scales the no-target thresholds down near a natural limit. */
export function limitCoefficient(baseValue: number, limit: number): number {
  const b = Math.abs(baseValue);
  const l = Math.abs(limit);
  // Checked first, so that a zero baseline and a zero limit give C = 1.
  if (b >= 2 * l) return 1;
  if (b <= l) return 1 - (b / l) ** LIMIT_EXPONENT;
  return 1 - ((2 * l - b) / l) ** LIMIT_EXPONENT;
}

function statusFromProgress(p: number, high: number, medium: number, low: number): OpenSdgStatus {
  if (p >= high) return 'substantial_progress';
  if (p >= medium) return 'moderate_progress';
  if (p >= low) return 'limited_progress';
  return 'deterioration';
}

function scoreWithoutTarget(p: number, high: number, medium: number, low: number, c: number): number {
  if (p < low) return Math.max(125 * p - 2.5, -5);
  if (c === 0) return 5;
  if (p >= high) return Math.min((500 * p) / c - 5, 5);
  if (p >= medium) return (250 * p) / c - 1.25;
  return (500 * p) / c - 2.5;
}

function scoreWithTarget(p: number): number {
  if (p >= 0.6) return Math.min(7.1429 * p - 4.2857, 5);
  return Math.max(4.1667 * p - 2.5, -5);
}

export function measureOpenSdgProgress(points: SeriesPoints, settings: ResolvedSettings): OpenSdgOutcome {
  const d = settings.sign;
  const hasTarget = settings.targetValue !== undefined;
  const target = hasTarget && settings.targetValue === 0 ? ZERO_REPLACEMENT : settings.targetValue;
  const { latest, baseline } = points;
  const y0Original = baseline?.value;
  const sign: 1 | -1 = y0Original !== undefined && y0Original < 0 ? -1 : 1;

  let high = hasTarget ? 0.95 : 0.015;
  let medium = hasTarget ? 0.6 : 0.005;
  let low = 0;
  let coefficient: number | undefined;
  if (!hasTarget && settings.limit !== undefined && y0Original !== undefined) {
    coefficient = limitCoefficient(y0Original, settings.limit);
    high *= coefficient;
    medium *= coefficient;
    low *= coefficient;
  }

  const targetAchieved = latest !== undefined && target !== undefined && (d === 1 ? latest.value >= target : latest.value <= target);

  const y0 = y0Original === 0 ? ZERO_REPLACEMENT : y0Original;
  let progressValue: number | undefined;
  let unavailableReason: OpenSdgDetails['unavailableReason'];
  if (!latest) unavailableReason = 'no_data';
  else if (!baseline || y0 === undefined) unavailableReason = 'no_baseline';
  else if ((y0 > 0 && latest.value < 0) || (y0 < 0 && latest.value > 0)) unavailableReason = 'opposite_signs';
  else if (latest.time - baseline.time < 1) unavailableReason = 'less_than_a_year';
  else {
    const observed = compoundAnnualGrowthRate(latest.value, y0, latest.time, baseline.time);
    if (!hasTarget) progressValue = sign * d * observed;
    else {
      const required = requiredGrowthMagnitude(target!, y0, settings.targetPeriod!.time, baseline.time);
      if (required === 0 || !Number.isFinite(required)) unavailableReason = 'no_required_growth';
      else progressValue = (sign * d * observed) / required;
    }
  }

  let status: OpenSdgStatus;
  let score: number | undefined;
  if (targetAchieved) {
    status = 'target_achieved';
    score = 5;
  } else if (progressValue === undefined) {
    status = 'not_available';
  } else {
    status = statusFromProgress(progressValue, high, medium, low);
    score = hasTarget ? scoreWithTarget(progressValue) : scoreWithoutTarget(progressValue, high, medium, low, coefficient ?? 1);
  }

  return {
    status,
    progressValue,
    score,
    targetAchieved,
    sign,
    baseValueUsed: y0,
    targetValueUsed: target,
    thresholdHigh: high,
    thresholdMedium: medium,
    thresholdLow: low,
    limitCoefficient: coefficient,
    unavailableReason,
  };
}
