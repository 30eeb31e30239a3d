// Writes one version of an action plan with its initiatives, their goals and
// budgets. Used for the first version and for every revision, so a version
// is always a complete plan on its own.
import type { Kysely } from 'kysely';
import { insertBudgets, insertInitiative, insertPlanVersion, linkInitiativeGoals } from '../../db/repositories/plans.js';
import type { Database } from '../../db/tables.js';
import type { ChangeContext } from '../change-context.js';
import { requireGoals, requireIndicator, uniqueIds } from '../projects/model-lookup.js';
import type { PlanContent } from './plan-input.js';

export async function writePlanVersion(
  trx: Kysely<Database>,
  plan: { id: number; policyId: number },
  number: number,
  content: PlanContent,
  revisionNote: string | null,
  ctx: ChangeContext,
) {
  for (const initiative of content.initiatives) {
    await requireGoals(trx, initiative.goalIds, plan.policyId);
    await requireIndicator(trx, initiative.indicatorId, plan.policyId);
  }
  const version = await insertPlanVersion(trx, {
    action_plan_id: plan.id,
    number,
    title: content.title,
    summary: content.summary,
    revision_note: revisionNote,
    approved_on: content.approvedOn,
    created_at: ctx.now.toISOString(),
    created_by: ctx.actor.label,
  });
  for (const [order, initiative] of content.initiatives.entries()) {
    const row = await insertInitiative(trx, {
      version_id: version.id,
      sort_order: order,
      title: initiative.title,
      description: initiative.description,
      result_target: initiative.resultTarget,
      indicator_id: initiative.indicatorId,
      owner: initiative.owner,
      first_year: initiative.firstYear,
      last_year: initiative.lastYear,
    });
    await linkInitiativeGoals(trx, row.id, uniqueIds(initiative.goalIds));
    await insertBudgets(
      trx,
      initiative.budgets.map((b) => ({ initiative_id: row.id, year: b.year, amount_kr: b.amountKr })),
    );
  }
  return version;
}
