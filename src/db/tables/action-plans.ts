// Action plans (migration 2026-11-22T0600): one plan per committee and year,
// revised by adding versions, each with its initiatives, the goals they
// serve and their budgets. Plan texts are written in one language, the
// municipality's own; the public site marks them as such.
import type { Generated, Selectable } from 'kysely';

export interface ActionPlansTable {
  id: Generated<number>;
  policy_id: number;
  committee_id: number;
  /** The year the plan is made for (one plan per committee and year). */
  year: number;
  created_at: string;
  created_by: string;
}

/** One version of a plan; a revision adds a version and leaves the others as they were. */
export interface ActionPlanVersionsTable {
  id: Generated<number>;
  action_plan_id: number;
  /** 1, 2, …: the highest is the plan in force. */
  number: number;
  title: string;
  summary: string | null;
  /** Why this version replaced the previous one. */
  revision_note: string | null;
  /** The day the committee approved this version (`YYYY-MM-DD`). */
  approved_on: string | null;
  created_at: string;
  created_by: string;
}

export interface ActionPlanInitiativesTable {
  id: Generated<number>;
  version_id: number;
  sort_order: number;
  title: string;
  description: string | null;
  /** The concrete result the initiative promises (resultatmål). */
  result_target: string;
  /** An indicator that shows the target's progress, if there is one. */
  indicator_id: number | null;
  owner: string | null;
  first_year: number;
  last_year: number;
}

export interface ActionPlanInitiativeGoalsTable {
  initiative_id: number;
  goal_id: number;
}

export interface ActionPlanBudgetsTable {
  initiative_id: number;
  year: number;
  amount_kr: number;
}

export interface ActionPlanTables {
  action_plans: ActionPlansTable;
  action_plan_versions: ActionPlanVersionsTable;
  action_plan_initiatives: ActionPlanInitiativesTable;
  action_plan_initiative_goals: ActionPlanInitiativeGoalsTable;
  action_plan_budgets: ActionPlanBudgetsTable;
}

export type ActionPlanRow = Selectable<ActionPlansTable>;
export type ActionPlanVersionRow = Selectable<ActionPlanVersionsTable>;
export type ActionPlanInitiativeRow = Selectable<ActionPlanInitiativesTable>;
