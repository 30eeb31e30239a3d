// The figures: releases (dated rounds of new figures) with the figures they
// stage and the indicators they have none for, and the published
// measurements with every earlier value a later release replaced.
import type { Generated, Insertable, Selectable } from 'kysely';
import type { Flag } from './columns.js';

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

export interface FiguresTables {
  releases: ReleasesTable;
  release_figures: ReleaseFiguresTable;
  release_missing: ReleaseMissingTable;
  measurements: MeasurementsTable;
  measurement_history: MeasurementHistoryTable;
}

export type ReleaseRow = Selectable<ReleasesTable>;
export type ReleaseFigureRow = Selectable<ReleaseFiguresTable>;
export type NewReleaseFigure = Insertable<ReleaseFiguresTable>;
export type ReleaseMissingRow = Selectable<ReleaseMissingTable>;
export type MeasurementRow = Selectable<MeasurementsTable>;
export type MeasurementHistoryRow = Selectable<MeasurementHistoryTable>;
