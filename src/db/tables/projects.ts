// The project bank (migration 2026-11-22T0600): projects, the goals they
// serve, the administration's internal notes, and their follow-up:
// quarterly monitoring, evaluations and the decision at the end of the
// period. Project texts are written in one language, the municipality's own.
import type { Generated, Insertable, Selectable } from 'kysely';
import type { DecisionKind } from '../../domain/projects/decision.js';
import type { MonitoringRating } from '../../domain/projects/monitoring.js';

export interface ProjectsTable {
  id: Generated<number>;
  /** The project's number in the list it was imported from, if any. */
  reference: string | null;
  title: string;
  description: string | null;
  owner: string;
  committee_id: number;
  administration_id: number | null;
  start_on: string;
  end_on: string;
  budget_kr: number | null;
  /** The municipality's share of the funding; decides whether the project is monitored. */
  cofunding_kr: Generated<number>;
  funding_source: string | null;
  target_group: string | null;
  contact: string | null;
  /** The project owner's account, which may edit the project; never public. */
  owner_user_id: number | null;
  created_at: string;
  created_by: string;
  updated_at: string;
  version: Generated<number>;
}

export interface ProjectGoalsTable {
  project_id: number;
  goal_id: number;
}

/** Fields for the administration only; never read by a public query. */
export interface ProjectInternalTable {
  project_id: number;
  case_number: string | null;
  internal_note: string | null;
}

export interface ProjectMonitoringTable {
  id: Generated<number>;
  project_id: number;
  /** `2012 Q3`. */
  quarter: string;
  /** year × 4 + quarter − 1, for order. */
  quarter_index: number;
  rating: MonitoringRating;
  comment: string;
  /** When the step the rating asked for (contact, action plan, letter) was taken. */
  follow_up_on: string | null;
  follow_up_note: string | null;
  created_at: string;
  created_by: string;
  updated_at: string;
}

export type EvaluationState = 'planned' | 'done';

export interface ProjectEvaluationsTable {
  id: Generated<number>;
  project_id: number;
  state: EvaluationState;
  method: string;
  planned_for: string | null;
  completed_on: string | null;
  result: string | null;
  created_at: string;
  created_by: string;
  updated_at: string;
}

export interface ProjectDecisionsTable {
  id: Generated<number>;
  project_id: number;
  decision: DecisionKind;
  decided_on: string;
  /** Required for `extend`: the new end of the period. */
  extended_until: string | null;
  note: string | null;
  created_at: string;
  created_by: string;
}

export interface ProjectTables {
  projects: ProjectsTable;
  project_goals: ProjectGoalsTable;
  project_internal: ProjectInternalTable;
  project_monitoring: ProjectMonitoringTable;
  project_evaluations: ProjectEvaluationsTable;
  project_decisions: ProjectDecisionsTable;
}

export type ProjectRow = Selectable<ProjectsTable>;
export type NewProject = Insertable<ProjectsTable>;
export type ProjectInternalRow = Selectable<ProjectInternalTable>;
export type ProjectMonitoringRow = Selectable<ProjectMonitoringTable>;
export type ProjectEvaluationRow = Selectable<ProjectEvaluationsTable>;
export type ProjectDecisionRow = Selectable<ProjectDecisionsTable>;
