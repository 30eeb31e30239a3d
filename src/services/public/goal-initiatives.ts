// The action plans' initiatives that serve a goal, as its public page lists
// them: what each initiative promises, which committee's plan of which year
// it belongs to, when the committee approved that plan, and the indicator
// that follows it. There is no public page for action plans, so the goal
// page shows them in full. Only the newest version a committee has approved
// is public; a revision still waiting for approval is not.
import type { Kysely } from 'kysely';
import { listApprovedInitiativesForGoal } from '../../db/repositories/plans.js';
import type { Database } from '../../db/tables.js';
import { text } from '../../domain/text.js';
import type { Text } from '../../domain/text.js';
import { requirePublicPolicy } from './public-policies.js';

export interface GoalInitiative {
  /** Written in the municipality's own language, like the rest of the plan. */
  readonly title: string;
  readonly resultTarget: string;
  readonly committee: { readonly code: string; readonly name: Text };
  readonly planYear: number;
  /** The plan version the initiative is from; above 1 when the plan was revised. */
  readonly planVersion: number;
  /** `YYYY-MM-DD`. */
  readonly approvedOn: string;
  readonly firstYear: number;
  readonly lastYear: number;
  readonly indicator: { readonly code: string; readonly title: Text } | null;
}

/** The goal's initiatives, newest plan year first, then in the committees' and the plans' order; NotFound for a policy that is not public. */
export async function listGoalInitiatives(db: Kysely<Database>, policyCode: string, goalCode: string): Promise<GoalInitiative[]> {
  const policy = await requirePublicPolicy(db, policyCode);
  const rows = await listApprovedInitiativesForGoal(db, policy.id, goalCode);
  return rows.map((row) => ({
    title: row.title,
    resultTarget: row.result_target,
    committee: { code: row.committee_code, name: text(row.committee_name_da, row.committee_name_en) },
    planYear: row.plan_year,
    planVersion: row.version_number,
    approvedOn: row.approved_on!,
    firstYear: row.first_year,
    lastYear: row.last_year,
    indicator: row.indicator_code ? { code: row.indicator_code, title: text(row.indicator_title_da!, row.indicator_title_en) } : null,
  }));
}
