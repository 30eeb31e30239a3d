// A policy and its structure: focus areas, goals and the committees that
// answer for each goal. The indicators that measure the goals are in
// indicators.ts.
import type { Generated, Insertable, Selectable } from 'kysely';
import type { PolicyState } from '../../domain/model-vocabulary.js';
import type { StatusMethod } from '../../domain/status/types.js';

export type { PolicyState };

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
  /** Raised by one on every edit (migrations 0500 and 0720); a form sends the version it was opened at, so a change made meanwhile is caught. */
  version: Generated<number>;
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
  /** Raised by one on every edit (migrations 0500 and 0720); a form sends the version it was opened at, so a change made meanwhile is caught. */
  version: Generated<number>;
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
  /** Raised by one on every edit (migrations 0500 and 0720); a form sends the version it was opened at, so a change made meanwhile is caught. */
  version: Generated<number>;
}

export interface GoalCommitteesTable {
  goal_id: number;
  committee_id: number;
  /** `lead` for the committees the policy names; `shared` for "all committees". */
  role: 'lead' | 'shared';
}

export interface PolicyModelTables {
  policies: PoliciesTable;
  focus_areas: FocusAreasTable;
  goals: GoalsTable;
  goal_committees: GoalCommitteesTable;
}

export type PolicyRow = Selectable<PoliciesTable>;
export type NewPolicy = Insertable<PoliciesTable>;
export type FocusAreaRow = Selectable<FocusAreasTable>;
export type GoalRow = Selectable<GoalsTable>;
