// Table interfaces: the one source of row types. Both engines store the same
// shapes: ids are integers, timestamps ISO 8601 text, dates `YYYY-MM-DD` text,
// flags 0/1 integers (SQLite has no boolean), structured values JSON text.
import type { Generated, Insertable, Selectable, Updateable } from 'kysely';

export type Flag = 0 | 1;

export interface SettingsTable {
  key: string;
  value: string; // JSON
  updated_at: string;
}

export interface AdministrationsTable {
  id: Generated<number>;
  code: string;
  name_da: string;
  name_en: string | null;
}

export interface CommitteesTable {
  id: Generated<number>;
  code: string;
  name_da: string;
  name_en: string | null;
  administration_id: number | null;
  sort_order: number;
}

export type PolicyState = 'draft' | 'active' | 'archived';

export interface PoliciesTable {
  id: Generated<number>;
  code: string;
  title_da: string;
  title_en: string | null;
  subtitle_da: string | null;
  subtitle_en: string | null;
  description_da: string | null;
  description_en: string | null;
  first_year: number;
  last_year: number;
  adopted_on: string | null;
  state: PolicyState;
  /** Default status method for indicators that choose none. */
  default_method: StatusMethod;
}

export interface FocusAreasTable {
  id: Generated<number>;
  policy_id: number;
  number: number;
  code: string;
  title_da: string;
  title_en: string | null;
  description_da: string | null;
  description_en: string | null;
}

export interface GoalsTable {
  id: Generated<number>;
  policy_id: number;
  focus_area_id: number;
  number: number;
  code: string;
  title_da: string;
  title_en: string | null;
  description_da: string | null;
  description_en: string | null;
}

export interface GoalCommitteesTable {
  goal_id: number;
  committee_id: number;
  /** `lead` for the committees the policy names; `shared` for "all committees". */
  role: 'lead' | 'shared';
}

export interface GroupsTable {
  id: Generated<number>;
  code: string;
  name_da: string;
  name_en: string | null;
}

export type AreaKind = 'municipality' | 'district' | 'region' | 'country' | 'other';

export interface AreasTable {
  id: Generated<number>;
  code: string;
  name_da: string;
  name_en: string | null;
  kind: AreaKind;
  parent_id: number | null;
}

export type StatusMethod = 'direction' | 'trajectory' | 'opensdg';
export type Direction = 'increase' | 'decrease';
export type HeadlineKind = 'total' | 'group' | 'gap';
export type UpdateFrequency = 'yearly' | 'quarterly' | 'monthly' | 'irregular';

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
  unit: string;
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
}

export interface IndicatorGroupsTable {
  indicator_id: number;
  group_id: number;
}

export type ReleaseState = 'draft' | 'published';

export interface ReleasesTable {
  id: Generated<number>;
  policy_id: number;
  title_da: string;
  title_en: string | null;
  note_da: string | null;
  note_en: string | null;
  state: ReleaseState;
  /** The publication date shown to the public (`YYYY-MM-DD`). */
  published_on: string | null;
  published_at: string | null;
  published_by: string | null;
  created_at: string;
  created_by: string;
}

/** A figure staged in a release; applied to measurements when it is published. */
export interface ReleaseFiguresTable {
  id: Generated<number>;
  release_id: number;
  indicator_id: number;
  period: string;
  period_sort: number;
  group_id: number;
  area_id: number;
  value: number;
  is_provisional: Flag;
  is_estimated: Flag;
  note: string | null;
  /** Why a published figure is being changed (required for revisions). */
  reason: string | null;
  /** Filled at publication: the value this figure replaced, if any. */
  replaced_value: number | null;
  created_at: string;
  created_by: string;
}

/** For an indicator without a new figure in a release: why, who owes it, when. */
export interface ReleaseMissingTable {
  release_id: number;
  indicator_id: number;
  administration_id: number | null;
  missing_since: string | null;
  reason_da: string | null;
  reason_en: string | null;
  expected_da: string | null;
  expected_en: string | null;
}

/** Published figures only: one row per indicator, period, group and area. */
export interface MeasurementsTable {
  id: Generated<number>;
  indicator_id: number;
  period: string;
  period_sort: number;
  group_id: number;
  area_id: number;
  value: number;
  is_provisional: Flag;
  is_estimated: Flag;
  note: string | null;
  release_id: number;
  updated_at: string;
  updated_by: string;
}

/** Every earlier state of a published figure that a later release changed. */
export interface MeasurementHistoryTable {
  id: Generated<number>;
  measurement_id: number;
  value: number;
  is_provisional: Flag;
  is_estimated: Flag;
  note: string | null;
  release_id: number;
  replaced_by_release_id: number;
  replaced_at: string;
  replaced_by: string;
  reason: string | null;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  actor: string;
  action: string;
  entity: string;
  entity_id: string | null;
  before: string | null; // JSON
  after: string | null; // JSON
}

export interface Database {
  settings: SettingsTable;
  administrations: AdministrationsTable;
  committees: CommitteesTable;
  policies: PoliciesTable;
  focus_areas: FocusAreasTable;
  goals: GoalsTable;
  goal_committees: GoalCommitteesTable;
  groups: GroupsTable;
  areas: AreasTable;
  indicators: IndicatorsTable;
  indicator_groups: IndicatorGroupsTable;
  releases: ReleasesTable;
  release_figures: ReleaseFiguresTable;
  release_missing: ReleaseMissingTable;
  measurements: MeasurementsTable;
  measurement_history: MeasurementHistoryTable;
  audit_log: AuditLogTable;
}

export type PolicyRow = Selectable<PoliciesTable>;
export type NewPolicy = Insertable<PoliciesTable>;
export type FocusAreaRow = Selectable<FocusAreasTable>;
export type GoalRow = Selectable<GoalsTable>;
export type IndicatorRow = Selectable<IndicatorsTable>;
export type NewIndicator = Insertable<IndicatorsTable>;
export type IndicatorUpdate = Updateable<IndicatorsTable>;
export type CommitteeRow = Selectable<CommitteesTable>;
export type AdministrationRow = Selectable<AdministrationsTable>;
export type GroupRow = Selectable<GroupsTable>;
export type AreaRow = Selectable<AreasTable>;
export type ReleaseRow = Selectable<ReleasesTable>;
export type ReleaseFigureRow = Selectable<ReleaseFiguresTable>;
export type NewReleaseFigure = Insertable<ReleaseFiguresTable>;
export type ReleaseMissingRow = Selectable<ReleaseMissingTable>;
export type MeasurementRow = Selectable<MeasurementsTable>;
export type MeasurementHistoryRow = Selectable<MeasurementHistoryTable>;
export type AuditRow = Selectable<AuditLogTable>;
export type NewAuditRow = Insertable<AuditLogTable>;
