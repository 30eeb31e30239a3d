// The status engine's input vocabulary: what a caller hands in for one
// indicator. The rules that judge it are the project's method note
// (METHODS.md); the judgement that comes back is in judgement.ts.

export type StatusMethod = 'direction' | 'trajectory' | 'opensdg';

/** Which way is good. `increase`: higher is better (d = +1); `decrease`: lower is better (d = −1). */
export type Direction = 'increase' | 'decrease';

export type StatusColour = 'green' | 'yellow' | 'orange' | 'red' | 'grey';

/** The verdict of one comparison between two figures, given direction and tolerance. */
export type ChangeStatus = 'progress' | 'unchanged' | 'regress';

export type DirectionStatus = ChangeStatus | 'target_reached' | 'no_data';
export type TrajectoryStatus = 'target_reached' | 'on_course' | 'too_slow' | 'off_course' | 'no_data';
export type OpenSdgStatus = 'target_achieved' | 'substantial_progress' | 'moderate_progress' | 'limited_progress' | 'deterioration' | 'not_available';
export type StatusCode = DirectionStatus | TrajectoryStatus | OpenSdgStatus;

/**
 * The unit values are measured in, used only by explanations. `%` (or
 * `percent`, `procent`, `pct`) is recognised: levels are shown as 71,2 % and
 * changes in percentage points. Any other text is written after the number;
 * give `{ da, en }` when the word differs between the languages.
 */
export type StatusUnit = string | { readonly da: string; readonly en: string };

export interface Observation {
  /** A period label that parsePeriod accepts: `2013`, `2013 Q1`, `2012/13`, `2013-01`. */
  readonly period: string;
  readonly value: number;
}

export interface StatusTarget {
  readonly value: number;
  /** The period by which the value should be reached; required by `trajectory` and `opensdg`. */
  readonly period?: string;
}

/**
 * How figures are judged. Set on the indicator, and optionally on a series
 * to override the indicator's value for that series alone (the JSON-lines
 * command sets everything per series).
 */
export interface JudgementSettings {
  /** Required on every series, from the series or the indicator: there is no default direction. */
  readonly direction?: Direction;
  /** Decimals the indicator is published with; `direction` compares values rounded to it. */
  readonly precision?: number;
  /** τ ≥ 0 in the indicator's unit; a change of at most τ counts as unchanged. Default 0. */
  readonly tolerance?: number;
  /** The baseline period; without one, the first figure is the baseline. */
  readonly baselinePeriod?: string;
  /** `null` on a series removes a target set on the indicator. */
  readonly target?: StatusTarget | null;
  /** A natural limit (e.g. 100 %), used by `opensdg` when there is no target. */
  readonly limit?: number | null;
}

export interface StatusSeriesInput extends JudgementSettings {
  /** Names the series within its indicator: `total`, `women`, `gap`. */
  readonly key: string;
  /**
   * Where the series sits among the indicator's breakdowns, outermost first,
   * e.g. `['women', 'age 16-24']`. `opensdg` averages series sharing a path
   * before averaging upwards. Absent: the series counts on its own.
   */
  readonly group?: readonly string[];
  /** In any order; each period at most once. */
  readonly observations: readonly Observation[];
}

export interface StatusIndicatorInput extends JudgementSettings {
  /** Default `direction`. */
  readonly method?: StatusMethod;
  /**
   * For `direction` and `trajectory`: the series the indicator is judged on
   * (total, focus group, or gap: see gapSeries). Default: the first series.
   * `opensdg` ignores it and averages all series.
   */
  readonly headlineKey?: string;
  readonly unit?: StatusUnit;
  readonly series: readonly StatusSeriesInput[];
}

/** One figure the judgement used. */
export interface UsedFigure {
  /** Canonical period label (`2013 Q1`, `2012/13`). */
  readonly period: string;
  /** Start of the period in years. */
  readonly time: number;
  readonly value: number;
}

/** A comparison of the latest figure with an earlier one. */
export interface ChangeSince {
  readonly from: UsedFigure;
  readonly to: UsedFigure;
  /** to − from in the unit, on values rounded to the precision when one is set. */
  readonly change: number;
  readonly status: ChangeStatus;
}

export type StatusInputErrorCode =
  | 'no_series'
  | 'duplicate_series'
  | 'unknown_headline'
  | 'missing_direction'
  | 'invalid_setting'
  | 'invalid_period'
  | 'invalid_value'
  | 'duplicate_period'
  | 'mixed_period_kinds';

/** Input the engine cannot judge, reported as data instead of thrown. */
export interface StatusInputError {
  readonly code: StatusInputErrorCode;
  /** The series it concerns, when it concerns one. */
  readonly seriesKey?: string;
  readonly message: string;
}
