// What defines an indicator for a reader and for the open-data API: what it
// measures, in which unit and precision, which way is good, what its status
// rests on (the total, a focus group, or the gap between two groups), its
// baseline and target, and how often it is updated. The services build it
// from the stored indicator; presenters show it and never see a table row.
import type { HeadlineKind, UpdateFrequency } from './model-vocabulary.js';
import type { Direction, StatusMethod } from './status/types.js';
import type { Text } from './text.js';

export type { HeadlineKind, UpdateFrequency };

export interface IndicatorTarget {
  readonly value: number;
  readonly period: string | null;
}

export interface IndicatorDefinition {
  readonly code: string;
  readonly title: Text;
  readonly description: Text | null;
  /** The headline's unit (the gap's, for a gap indicator), in Danish and in English where written. */
  readonly unit: Text;
  /** A gap indicator's group figures in a unit of their own; null where they share `unit`. */
  readonly groupUnit: Text | null;
  /** Decimals the indicator is published with. */
  readonly precision: number;
  readonly direction: Direction;
  readonly headlineKind: HeadlineKind;
  readonly baselinePeriod: string | null;
  readonly target: IndicatorTarget | null;
  /** A change of at most this much (in the unit) counts as unchanged. */
  readonly tolerance: number;
  /** The method the indicator is judged by: its own, or its policy's default. */
  readonly method: StatusMethod;
  /** The focus area's main indicator (hovedindikator). */
  readonly isMain: boolean;
  readonly source: Text | null;
  readonly updateFrequency: UpdateFrequency;
}
