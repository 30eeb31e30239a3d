// Action plans: each committee's plan for a year. Creating a plan writes its
// first version; revising it writes the next version and leaves the earlier
// ones untouched, so what a committee approved before can always be read.
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { recordAudit } from '../../db/repositories/audit.js';
import { findActionPlan, findActionPlanFor, insertActionPlan, listPlanVersions } from '../../db/repositories/plans.js';
import type { Database } from '../../db/tables.js';
import { canEditActionPlans } from '../../domain/permissions.js';
import { inTransaction } from '../change-context.js';
import type { ChangeContext } from '../change-context.js';
import { Conflict, Forbidden, NotFound } from '../errors.js';
import { id, parseInput, requiredText, year } from '../projects/input-fields.js';
import { requireCommittee, requirePolicy } from '../projects/model-lookup.js';
import { parsePlanContent } from './plan-input.js';
import type { PlanContentInput } from './plan-input.js';
import { writePlanVersion } from './write-plan-version.js';

const newPlanSchema = z.object({ policyId: id, committeeId: id, year });

export async function createActionPlan(
  db: Kysely<Database>,
  raw: { policyId: number; committeeId: number; year: number; content: PlanContentInput },
  ctx: ChangeContext,
) {
  if (!canEditActionPlans(ctx.actor)) throw new Forbidden('error.plan.secretariatOnly');
  const key = parseInput(newPlanSchema, raw, 'error.thing.actionPlan');
  const content = parsePlanContent(raw.content);
  return inTransaction(db, async (trx) => {
    await requireCommittee(trx, key.committeeId);
    await requirePolicy(trx, key.policyId);
    if (await findActionPlanFor(trx, key)) throw new Conflict('error.plan.exists', { year: key.year });
    const at = ctx.now.toISOString();
    const plan = await insertActionPlan(trx, {
      policy_id: key.policyId,
      committee_id: key.committeeId,
      year: key.year,
      created_at: at,
      created_by: ctx.actor.label,
    });
    const version = await writePlanVersion(trx, { id: plan.id, policyId: plan.policy_id }, 1, content, null, ctx);
    await recordAudit(trx, { at, actor: ctx.actor.label, action: 'create', entity: 'action_plan', entityId: plan.id, after: { ...plan, version: 1, content } });
    return { plan, version };
  });
}

const revisionSchema = z.object({ basedOnVersion: z.number().int().min(1), revisionNote: requiredText });

/**
 * Writes the next version of a plan. `basedOnVersion` is the version the
 * editor started from: if another revision landed meanwhile, it is refused
 * rather than silently replaced.
 */
export async function reviseActionPlan(
  db: Kysely<Database>,
  planId: number,
  raw: { basedOnVersion: number; revisionNote: string; content: PlanContentInput },
  ctx: ChangeContext,
) {
  if (!canEditActionPlans(ctx.actor)) throw new Forbidden('error.plan.secretariatOnly');
  const { basedOnVersion, revisionNote } = parseInput(revisionSchema, raw, 'error.thing.revision');
  const content = parsePlanContent(raw.content);
  return inTransaction(db, async (trx) => {
    const plan = await findActionPlan(trx, planId);
    if (!plan) throw new NotFound('error.plan.noSuchId', { id: planId });
    const latest = (await listPlanVersions(trx, planId)).at(-1)!;
    if (latest.number !== basedOnVersion) {
      throw new Conflict('error.plan.versionMoved', { latest: latest.number, based: basedOnVersion });
    }
    const version = await writePlanVersion(trx, { id: plan.id, policyId: plan.policy_id }, latest.number + 1, content, revisionNote, ctx);
    await recordAudit(trx, {
      at: ctx.now.toISOString(),
      actor: ctx.actor.label,
      action: 'revise',
      entity: 'action_plan',
      entityId: planId,
      before: { version: latest.number },
      after: { version: version.number, revisionNote, content },
    });
    return { plan, version };
  });
}
