// The secretariat edits a year's cycle after it is made from the defaults:
// milestone dates, titles and descriptions, milestones added or removed,
// tasks added or removed (before anyone starts them) and task deadlines. Each change is one transaction with an audit row; an edit
// names the version it was made from, so a change made meanwhile is kept.
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { recordAudit } from '../../db/repositories/audit.js';
import { insertTaskHistory } from '../../db/repositories/cycle-submissions.js';
import {
  deleteMilestone,
  deleteTask,
  findCycle,
  findMilestone,
  insertMilestone,
  insertTask,
  updateMilestone,
  updateTask,
} from '../../db/repositories/cycles.js';
import type { Database } from '../../db/tables.js';
import { MILESTONE_KINDS, TASK_KINDS } from '../../domain/cycle/default-milestones.js';
import { isIsoDate } from '../../domain/cycle/iso-dates.js';
import { canManageCycle } from '../../domain/permissions.js';
import { inTransaction } from '../change-context.js';
import type { ChangeContext } from '../change-context.js';
import { Conflict, Forbidden, Invalid, NotFound } from '../errors.js';
import { requireTask } from './task-access.js';

const isoDate = z.string().trim().refine(isIsoDate, { message: 'date' });
const optionalText = z
  .string()
  .trim()
  .max(2000)
  .optional()
  .transform((v) => (v === undefined || v === '' ? null : v));

const milestoneInputSchema = z.object({
  kind: z.enum(MILESTONE_KINDS),
  titleDa: z.string().trim().min(1).max(200),
  titleEn: z.string().trim().min(1).max(200),
  date: isoDate,
  descriptionDa: optionalText,
  descriptionEn: optionalText,
});
export type MilestoneInput = z.input<typeof milestoneInputSchema>;

function parse<T>(schema: z.ZodType<T>, input: unknown): T {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Invalid('error.input.named', { field: issue.path.join('.') || 'input', problem: issue.message });
  }
  return parsed.data;
}

function requireManager(ctx: ChangeContext): void {
  if (!canManageCycle(ctx.actor)) throw new Forbidden('error.cycle.secretariatOnly');
}

function columns(input: z.output<typeof milestoneInputSchema>) {
  return {
    kind: input.kind,
    title_da: input.titleDa,
    title_en: input.titleEn,
    date: input.date,
    description_da: input.descriptionDa,
    description_en: input.descriptionEn,
  };
}

export async function addMilestone(db: Kysely<Database>, cycleId: number, raw: MilestoneInput, ctx: ChangeContext): Promise<{ readonly id: number }> {
  requireManager(ctx);
  const input = parse(milestoneInputSchema, raw);
  return inTransaction(db, async (trx) => {
    const cycle = await findCycle(trx, cycleId);
    if (!cycle) throw new NotFound('error.cycle.noSuchId', { id: cycleId });
    const at = ctx.now.toISOString();
    const row = await insertMilestone(trx, { cycle_id: cycleId, ...columns(input), updated_at: at });
    await recordAudit(trx, { at, actor: ctx.actor.label, action: 'create', entity: 'cycle_milestone', entityId: row.id, after: row });
    return { id: row.id };
  });
}

export async function editMilestone(
  db: Kysely<Database>,
  milestoneId: number,
  version: number,
  raw: MilestoneInput,
  ctx: ChangeContext,
): Promise<{ readonly id: number; readonly version: number }> {
  requireManager(ctx);
  const input = parse(milestoneInputSchema, raw);
  return inTransaction(db, async (trx) => {
    const before = await findMilestone(trx, milestoneId);
    if (!before) throw new NotFound('error.milestone.noSuchId', { id: milestoneId });
    const at = ctx.now.toISOString();
    if ((await updateMilestone(trx, milestoneId, version, { ...columns(input), updated_at: at })) !== 1) {
      throw new Conflict('error.milestone.changedMeanwhile');
    }
    const after = await findMilestone(trx, milestoneId);
    await recordAudit(trx, { at, actor: ctx.actor.label, action: 'update', entity: 'cycle_milestone', entityId: milestoneId, before, after });
    return { id: milestoneId, version: after!.version };
  });
}

/**
 * Removes a milestone and its tasks (with their answers): only while none of
 * them has been answered. `confirmed` is the person's explicit yes, asked for
 * after their right to do it.
 */
export async function removeMilestone(
  db: Kysely<Database>,
  milestoneId: number,
  options: { confirmed: boolean },
  ctx: ChangeContext,
): Promise<{ readonly cycleId: number }> {
  requireManager(ctx);
  return inTransaction(db, async (trx) => {
    const before = await findMilestone(trx, milestoneId);
    if (!before) throw new NotFound('error.milestone.noSuchId', { id: milestoneId });
    if (!options.confirmed) throw new Invalid('error.confirmDeletion');
    const answered = await trx
      .selectFrom('cycle_tasks')
      .select('id')
      .where('milestone_id', '=', milestoneId)
      .where('state', '<>', 'not_started')
      .executeTakeFirst();
    if (answered) throw new Conflict('error.milestone.answered');
    await deleteMilestone(trx, milestoneId);
    await recordAudit(trx, { at: ctx.now.toISOString(), actor: ctx.actor.label, action: 'delete', entity: 'cycle_milestone', entityId: milestoneId, before });
    return { cycleId: before.cycle_id };
  });
}

/** Moves a task's deadline (for one committee or administration). */
export async function setTaskDeadline(db: Kysely<Database>, taskId: number, version: number, deadline: string, ctx: ChangeContext): Promise<void> {
  requireManager(ctx);
  const date = parse(isoDate, deadline);
  return inTransaction(db, async (trx) => {
    const task = await requireTask(trx, taskId, ctx.actor, 'read');
    const at = ctx.now.toISOString();
    if ((await updateTask(trx, taskId, version, { deadline: date, updated_at: at })) !== 1) throw new Conflict('error.task.changedMeanwhile');
    await recordAudit(trx, {
      at,
      actor: ctx.actor.label,
      action: 'update',
      entity: 'cycle_task',
      entityId: taskId,
      before: { deadline: task.deadline },
      after: { deadline: date },
    });
  });
}

export interface NewTaskInput {
  readonly kind: string;
  readonly assignee: { readonly kind: 'committee' | 'administration'; readonly id: number };
  readonly deadline: string;
}

/** Gives a milestone one more task, for a committee or an administration that has none under it yet. */
export async function addTask(db: Kysely<Database>, milestoneId: number, input: NewTaskInput, ctx: ChangeContext): Promise<{ readonly id: number }> {
  requireManager(ctx);
  const kind = parse(z.enum(TASK_KINDS), input.kind);
  const deadline = parse(isoDate, input.deadline);
  return inTransaction(db, async (trx) => {
    const milestone = await findMilestone(trx, milestoneId);
    if (!milestone) throw new NotFound('error.milestone.noSuchId', { id: milestoneId });
    const table = input.assignee.kind === 'committee' ? 'committees' : 'administrations';
    const exists = await trx.selectFrom(table).select('id').where('id', '=', input.assignee.id).executeTakeFirst();
    if (!exists) throw new Invalid(input.assignee.kind === 'committee' ? 'error.model.noSuchCommittee' : 'error.model.noSuchAdministration');
    const column = input.assignee.kind === 'committee' ? 'committee_id' : 'administration_id';
    const twice = await trx
      .selectFrom('cycle_tasks')
      .select('id')
      .where('milestone_id', '=', milestoneId)
      .where(column, '=', input.assignee.id)
      .executeTakeFirst();
    if (twice) throw new Conflict(input.assignee.kind === 'committee' ? 'error.cycle.committeeHasTask' : 'error.cycle.administrationHasTask');
    const at = ctx.now.toISOString();
    const row = await insertTask(trx, {
      milestone_id: milestoneId,
      kind,
      committee_id: input.assignee.kind === 'committee' ? input.assignee.id : null,
      administration_id: input.assignee.kind === 'administration' ? input.assignee.id : null,
      deadline,
      state: 'not_started',
      updated_at: at,
    });
    await insertTaskHistory(trx, { task_id: row.id, from_state: null, to_state: 'not_started', at, actor: ctx.actor.label, note: null });
    await recordAudit(trx, { at, actor: ctx.actor.label, action: 'create', entity: 'cycle_task', entityId: row.id, after: row });
    return { id: row.id };
  });
}

/** Removes a task nobody has started; `confirmed` is the person's explicit yes. */
export async function removeTask(
  db: Kysely<Database>,
  taskId: number,
  options: { confirmed: boolean },
  ctx: ChangeContext,
): Promise<{ readonly milestoneId: number }> {
  requireManager(ctx);
  return inTransaction(db, async (trx) => {
    const task = await requireTask(trx, taskId, ctx.actor, 'read');
    if (!options.confirmed) throw new Invalid('error.confirmRemoval');
    if (task.state !== 'not_started') throw new Conflict('error.task.answeredStays');
    await deleteTask(trx, taskId);
    await recordAudit(trx, { at: ctx.now.toISOString(), actor: ctx.actor.label, action: 'delete', entity: 'cycle_task', entityId: taskId, before: task });
    return { milestoneId: task.milestone_id };
  });
}
