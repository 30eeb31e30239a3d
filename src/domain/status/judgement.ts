// The judgement of one indicator and of each of its series: the status and
// colour, and every number the rule used, so that an explanation (see
// explain/) or a page can say why. Plain data, safe to serialise as JSON.

import type { ChangeSince, Direction, StatusCode, StatusColour, StatusInputError, StatusMethod, StatusUnit, UsedFigure } from './types.js';

/** Why `opensdg` could not compute a progress value for a series. */
export type ProgressUnavailableReason = 'no_data' | 'no_baseline' | 'less_than_a_year' | 'opposite_signs' | 'no_required_growth';

/** The numbers of Open SDG's progress measure for one series. */
export interface OpenSdgDetails {
  /** P: the growth ratio (with target) or the directed growth rate (without). */
  readonly progressValue: number | undefined;
  /** In [−5, 5]; undefined when P is undefined and the target is not achieved. */
  readonly score: number | undefined;
  readonly targetAchieved: boolean;
  /** s: −1 when the baseline value is negative. */
  readonly sign: 1 | -1;
  /** Baseline and target after Open SDG's replacement of 0 by 0.001. */
  readonly baseValueUsed: number | undefined;
  readonly targetValueUsed: number | undefined;
  readonly thresholdHigh: number;
  readonly thresholdMedium: number;
  readonly thresholdLow: number;
  /** C, when a limit applied (no target); the thresholds above include it. */
  readonly limitCoefficient: number | undefined;
  readonly unavailableReason: ProgressUnavailableReason | undefined;
}

export interface SeriesJudgement {
  readonly key: string;
  readonly group: readonly string[] | undefined;
  /** The method that produced the status: `direction` when `trajectory` had no target. */
  readonly method: StatusMethod;
  /** Set when `trajectory` fell back to `direction` because the series has no target. */
  readonly fallback: 'no_target' | undefined;
  readonly status: StatusCode;
  readonly colour: StatusColour;
  readonly direction: Direction;
  readonly precision: number | undefined;
  readonly tolerance: number;
  /** The baseline period asked for; `baseline.period` is later when it had no figure. */
  readonly requestedBaselinePeriod: string | undefined;
  readonly baseline: UsedFigure | undefined;
  readonly latest: UsedFigure | undefined;
  readonly previous: UsedFigure | undefined;
  /** Target with its period label in canonical form. */
  readonly target: { readonly value: number; readonly period: string | undefined } | undefined;
  readonly limit: number | undefined;
  /** Latest against baseline; it is what the colour follows. */
  readonly sinceBaseline: ChangeSince | undefined;
  /** Latest against the figure before it ("since last measurement"). */
  readonly sincePrevious: ChangeSince | undefined;
  /** `trajectory`: e(t), the value expected now on the straight path to the target. */
  readonly expected: number | undefined;
  /** `opensdg` only. */
  readonly opensdg: OpenSdgDetails | undefined;
}

export interface IndicatorJudgement {
  /** The method asked for (a series may show `direction` after a fallback). */
  readonly method: StatusMethod;
  readonly status: StatusCode;
  readonly colour: StatusColour;
  /** `opensdg`: the indicator's score (nested mean of its series); otherwise undefined. */
  readonly score: number | undefined;
  /** `direction`/`trajectory`: the series the status comes from. */
  readonly headlineKey: string | undefined;
  /** Every series, judged on its own, in input order. */
  readonly series: readonly SeriesJudgement[];
  readonly unit: StatusUnit | undefined;
}

export type IndicatorStatusResult =
  { readonly ok: true; readonly judgement: IndicatorJudgement } | { readonly ok: false; readonly errors: readonly StatusInputError[] };
