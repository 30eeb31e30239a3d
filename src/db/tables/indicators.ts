// The indicators that measure a policy's goals, and the two dimensions
// their figures are broken down by: population groups and areas.
import type { Generated, Insertable, Selectable, Updateable } from 'kysely';
import type { AreaKind, HeadlineKind, UpdateFrequency } from '../../domain/model-vocabulary.js';
import type { Direction, StatusMethod } from '../../domain/status/types.js';
import type { Flag } from './columns.js';

export interface IndicatorsTable {
  id: Generated<number>;
  policy_id: number;
  goal_id: number;
  code: string;
  sort_order: number;
  title_da: string;
  title_en: string | null;
  description_da: string | null;
  description_en: string | null;
  /** The unit in Danish; the one every reader falls back to. */
  unit: string;
  /** The unit in English; null shows the Danish one (migration 2026-12-04T1900). */
  unit_en: string | null;
  /** A gap indicator's group figures in their own unit (e.g. per cent, where the gap is in percentage points); null: the indicator's unit. */
  group_unit_da: string | null;
  group_unit_en: string | null;
  precision: number;
  direction: Direction;
  baseline_period: string | null;
  target_value: number | null;
  target_period: string | null;
  tolerance: number;
  /** Null means the policy's default method. */
  method: StatusMethod | null;
  /** Natural limit for the opensdg method without target. */
  limit_value: number | null;
  is_main: Flag;
  headline_kind: HeadlineKind;
  headline_group_id: number | null;
  reference_group_id: number | null;
  default_area_id: number | null;
  data_owner_id: number | null;
  source_da: string | null;
  source_en: string | null;
  update_frequency: UpdateFrequency;
  /** Declared plausible range, checked by imports. */
  min_value: number | null;
  max_value: number | null;
  /** Raised by one on every edit (migrations 0500 and 0720); a form sends the version it was opened at, so a change made meanwhile is caught. */
  version: Generated<number>;
}

export interface IndicatorGroupsTable {
  indicator_id: number;
  group_id: number;
}

export interface GroupsTable {
  id: Generated<number>;
  code: string;
  name_da: string;
  name_en: string | null;
  /** Raised by one on every edit (migrations 0500 and 0720); a form sends the version it was opened at, so a change made meanwhile is caught. */
  version: Generated<number>;
}

export type { AreaKind };

export interface AreasTable {
  id: Generated<number>;
  code: string;
  name_da: string;
  name_en: string | null;
  kind: AreaKind;
  parent_id: number | null;
  /** Raised by one on every edit (migrations 0500 and 0720); a form sends the version it was opened at, so a change made meanwhile is caught. */
  version: Generated<number>;
}

export interface IndicatorTables {
  indicators: IndicatorsTable;
  indicator_groups: IndicatorGroupsTable;
  groups: GroupsTable;
  areas: AreasTable;
}

export type IndicatorRow = Selectable<IndicatorsTable>;
export type NewIndicator = Insertable<IndicatorsTable>;
export type IndicatorUpdate = Updateable<IndicatorsTable>;
export type GroupRow = Selectable<GroupsTable>;
export type AreaRow = Selectable<AreasTable>;
