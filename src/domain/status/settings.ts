// Resolves how one series is judged: the series' own settings where it has
// them, the indicator's otherwise. Checks them, parses their periods once,
// and reports what is wrong as errors rather than guessing: in particular a
// series without a direction is an error, never "higher is better".

import type { Period } from '../period.js';
import { parsePeriodCached } from './period-cache.js';
import type { Direction, JudgementSettings, StatusIndicatorInput, StatusInputError, StatusMethod } from './types.js';

export interface ResolvedSettings {
  readonly direction: Direction;
  /** d: +1 when higher is better, −1 when lower is better. */
  readonly sign: 1 | -1;
  readonly precision: number | undefined;
  readonly tolerance: number;
  readonly baselinePeriod: Period | undefined;
  readonly targetValue: number | undefined;
  readonly targetPeriod: Period | undefined;
  /** The target as a judgement reports it (canonical period label); shared by the series using it. */
  readonly target: { readonly value: number; readonly period: string | undefined } | undefined;
  readonly limit: number | undefined;
}

const MAX_PRECISION = 12;

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** True when the series sets none of the settings, so the indicator's apply unchanged. */
export function hasOwnSettings(series: JudgementSettings): boolean {
  return (
    series.direction !== undefined ||
    series.precision !== undefined ||
    series.tolerance !== undefined ||
    series.baselinePeriod !== undefined ||
    series.target !== undefined ||
    series.limit !== undefined
  );
}

/**
 * Returns the settings for `series` (indicator's values where the series has
 * none), or undefined after pushing what is wrong onto `errors`.
 */
export function resolveSeriesSettings(
  indicator: StatusIndicatorInput,
  series: JudgementSettings,
  seriesKey: string | undefined,
  method: StatusMethod,
  errors: StatusInputError[],
): ResolvedSettings | undefined {
  const before = errors.length;

  const direction = series.direction ?? indicator.direction;
  if (direction === undefined) {
    errors.push({ code: 'missing_direction', seriesKey, message: 'direction is required (increase or decrease)' });
  } else if (direction !== 'increase' && direction !== 'decrease') {
    errors.push({ code: 'invalid_setting', seriesKey, message: `direction must be increase or decrease, not ${String(direction)}` });
  }

  const precision = series.precision ?? indicator.precision;
  if (precision !== undefined && !(Number.isInteger(precision) && precision >= 0 && precision <= MAX_PRECISION)) {
    errors.push({ code: 'invalid_setting', seriesKey, message: `precision must be a whole number from 0 to ${MAX_PRECISION}` });
  }

  const tolerance = series.tolerance ?? indicator.tolerance ?? 0;
  if (!isFiniteNumber(tolerance) || tolerance < 0) {
    errors.push({ code: 'invalid_setting', seriesKey, message: 'tolerance must be a number ≥ 0' });
  }

  const baselineLabel = series.baselinePeriod ?? indicator.baselinePeriod;
  let baselinePeriod: Period | undefined;
  if (baselineLabel !== undefined) {
    baselinePeriod = parsePeriodCached(baselineLabel) ?? undefined;
    if (!baselinePeriod) {
      errors.push({ code: 'invalid_period', seriesKey, message: `baseline period "${String(baselineLabel)}" is not a period` });
    }
  }

  const target = series.target !== undefined ? series.target : indicator.target;
  let targetPeriod: Period | undefined;
  if (target) {
    if (!isFiniteNumber(target.value)) {
      errors.push({ code: 'invalid_setting', seriesKey, message: 'target value must be a finite number' });
    }
    if (target.period !== undefined) {
      targetPeriod = parsePeriodCached(target.period) ?? undefined;
      if (!targetPeriod) {
        errors.push({ code: 'invalid_period', seriesKey, message: `target period "${String(target.period)}" is not a period` });
      }
    } else if (method !== 'direction') {
      errors.push({
        code: 'invalid_setting',
        seriesKey,
        message: `the ${method} method needs the period by which the target should be reached`,
      });
    }
  }

  const limit = series.limit !== undefined ? series.limit : indicator.limit;
  if (limit !== undefined && limit !== null && !isFiniteNumber(limit)) {
    errors.push({ code: 'invalid_setting', seriesKey, message: 'limit must be a finite number' });
  }

  if (errors.length > before) return undefined;
  return {
    direction: direction!,
    sign: direction === 'increase' ? 1 : -1,
    precision,
    tolerance,
    baselinePeriod,
    targetValue: target ? target.value : undefined,
    targetPeriod,
    target: target ? { value: target.value, period: targetPeriod?.label } : undefined,
    limit: limit ?? undefined,
  };
}

/** The unused series argument when only the indicator's settings apply. */
export const NO_OVERRIDES: JudgementSettings = Object.freeze({});
