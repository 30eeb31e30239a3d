// Creating a year's cycle from the default milestones: the policy's
// committees get the committee tasks, the administrations that own its
// indicators' data get the figures task; deadlines fall on Danish working
// days. The year is edited afterwards.
// The secretariat's work (canManageCycle), whoever calls.
import type { Kysely } from 'kysely';
import { recordAudit } from '../../db/repositories/audit.js';
import { insertTaskHistory } from '../../db/repositories/cycle-submissions.js';
import { findCycleFor, insertCycle, insertMilestone, insertTask } from '../../db/repositories/cycles.js';
import { listPolicyCommitteeIds, listPolicyDataOwnerIds } from '../../db/repositories/policy-parties.js';
import type { Database } from '../../db/tables.js';
import { DEFAULT_MILESTONES, planCycleFromDefaults } from '../../domain/cycle/default-milestones.js';
import type { CycleParties } from '../../domain/cycle/default-milestones.js';
import { canManageCycle } from '../../domain/permissions.js';
import type { ChangeContext } from '../change-context.js';
import { inTransaction } from '../change-context.js';
import { Conflict, Forbidden, Invalid, NotFound } from '../errors.js';
import { isDanishPublicHoliday } from './danish-holidays.js';

export interface CreatedCycle {
  readonly cycleId: number;
  readonly milestones: number;
  readonly tasks: number;
}

export async function createCycleFromDefaults(
  db: Kysely<Database>,
  options: { policyId: number; year: number; parties?: CycleParties },
  ctx: ChangeContext,
): Promise<CreatedCycle> {
  if (!canManageCycle(ctx.actor)) throw new Forbidden('error.cycle.createSecretariatOnly');
  if (!Number.isInteger(options.year) || options.year < 1900 || options.year > 2200) throw new Invalid('error.cycle.year');
  return inTransaction(db, async (trx) => {
    const policy = await trx.selectFrom('policies').select('id').where('id', '=', options.policyId).executeTakeFirst();
    if (!policy) throw new NotFound('error.policy.noSuchIdShort', { id: options.policyId });
    if (await findCycleFor(trx, options)) throw new Conflict('error.cycle.exists', { year: options.year });
    const parties = options.parties ?? {
      committeeIds: await listPolicyCommitteeIds(trx, options.policyId),
      administrationIds: await listPolicyDataOwnerIds(trx, options.policyId),
    };
    const at = ctx.now.toISOString();
    const cycle = await insertCycle(trx, { policy_id: options.policyId, year: options.year, created_at: at, created_by: ctx.actor.label });
    let milestones = 0;
    let tasks = 0;
    for (const planned of planCycleFromDefaults(options.year, parties, DEFAULT_MILESTONES, isDanishPublicHoliday)) {
      const milestone = await insertMilestone(trx, {
        cycle_id: cycle.id,
        kind: planned.kind,
        title_da: planned.titleDa,
        title_en: planned.titleEn,
        date: planned.date,
        description_da: planned.descriptionDa,
        description_en: planned.descriptionEn,
        updated_at: at,
      });
      milestones += 1;
      for (const task of planned.tasks) {
        const row = await insertTask(trx, {
          milestone_id: milestone.id,
          kind: task.kind,
          committee_id: task.assignee.kind === 'committee' ? task.assignee.id : null,
          administration_id: task.assignee.kind === 'administration' ? task.assignee.id : null,
          deadline: task.deadline,
          state: 'not_started',
          updated_at: at,
        });
        await insertTaskHistory(trx, { task_id: row.id, from_state: null, to_state: 'not_started', at, actor: ctx.actor.label, note: null });
        tasks += 1;
      }
    }
    const result = { cycleId: cycle.id, milestones, tasks };
    await recordAudit(trx, { at, actor: ctx.actor.label, action: 'create', entity: 'cycle', entityId: cycle.id, after: { ...result, year: options.year } });
    return result;
  });
}
