// Answering and reviewing a cycle task. The assignee saves a draft (the task
// is then in progress) and submits it; the secretariat approves it or
// returns it with a comment. Each move is checked against the domain's
// allowed moves, is one transaction, leaves a history row and an audit row.
// An answer field is capped in length, and the audit row keeps only which
// fields changed, with their length and a short hash: the answer itself lives
// in the submission, and copying it into every audit row once made one row
// nearly a megabyte.
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { recordAudit } from '../../db/repositories/audit.js';
import { findLatestSubmission, insertComment, insertSubmission, insertTaskHistory, updateSubmission } from '../../db/repositories/cycle-submissions.js';
import { updateTask } from '../../db/repositories/cycles.js';
import type { CycleTaskRow, Database } from '../../db/tables.js';
import { hasContent, pickTaskFields } from '../../domain/cycle/task-fields.js';
import { nextTaskState } from '../../domain/cycle/task-state.js';
import type { TaskAction, TaskState } from '../../domain/cycle/task-state.js';
import { inTransaction } from '../change-context.js';
import type { ChangeContext } from '../change-context.js';
import type { ErrorMessageKey } from '../../i18n/index.js';
import { Conflict, Invalid } from '../errors.js';
import { requireTask } from './task-access.js';
import type { TaskAccess } from './task-access.js';

export interface TaskChange {
  readonly taskId: number;
  /** The task's version the form was opened at; a change made meanwhile is refused. */
  readonly version?: number;
}

export interface TaskMoveResult {
  readonly taskId: number;
  readonly state: TaskState;
  readonly version: number;
}

async function moveTask(
  trx: Kysely<Database>,
  task: CycleTaskRow,
  action: TaskAction,
  change: TaskChange,
  ctx: ChangeContext,
  note: string | null,
): Promise<TaskMoveResult> {
  if (change.version !== undefined && change.version !== task.version) {
    throw new Conflict('error.task.changedOpenAgain');
  }
  const next = nextTaskState(task.state, action);
  if (next === null) throw new Conflict(REFUSED_MOVE[action], { state: { key: `error.task.state.${task.state}` } });
  const at = ctx.now.toISOString();
  if ((await updateTask(trx, task.id, task.version, { state: next, updated_at: at })) !== 1) {
    throw new Conflict('error.task.changedOpenAgain');
  }
  if (next !== task.state) await insertTaskHistory(trx, { task_id: task.id, from_state: task.state, to_state: next, at, actor: ctx.actor.label, note });
  return { taskId: task.id, state: next, version: task.version + 1 };
}

/** The longest answer one field takes: some fifteen pages of text. */
export const MAX_ANSWER_CHARS = 20_000;

/** The kind's fields from the form, each refused when longer than the cap. */
function answerFields(task: CycleTaskRow, input: Readonly<Record<string, unknown>>): Record<string, string> {
  const fields = pickTaskFields(task.kind, input);
  for (const [name, value] of Object.entries(fields)) {
    if (value.length > MAX_ANSWER_CHARS) throw new Invalid('error.task.fieldTooLong', { name, max: MAX_ANSWER_CHARS, length: value.length });
  }
  return fields;
}

/** For the audit row: each field that differs from the answer saved before, as its length and a short hash of its text. */
function changedFields(before: Readonly<Record<string, string>>, after: Readonly<Record<string, string>>): Record<string, { length: number; sha256: string }> {
  const changed: Record<string, { length: number; sha256: string }> = {};
  for (const [name, value] of Object.entries(after)) {
    if ((before[name] ?? '') === value) continue;
    changed[name] = { length: value.length, sha256: createHash('sha256').update(value).digest('hex').slice(0, 16) };
  }
  return changed;
}

const savedFields = (json: string | undefined): Record<string, string> => {
  if (json === undefined) return {};
  const parsed = JSON.parse(json) as unknown;
  return parsed && typeof parsed === 'object' ? (parsed as Record<string, string>) : {};
};

const REFUSED_MOVE = {
  save_draft: 'error.task.cannotSave',
  submit: 'error.task.cannotSubmit',
  approve: 'error.task.cannotApprove',
  return: 'error.task.cannotReturn',
} as const satisfies Record<TaskAction, ErrorMessageKey>;

async function withTask<T>(
  db: Kysely<Database>,
  change: TaskChange,
  ctx: ChangeContext,
  access: TaskAccess,
  work: (trx: Kysely<Database>, task: CycleTaskRow) => Promise<T>,
): Promise<T> {
  return inTransaction(db, async (trx) => work(trx, await requireTask(trx, change.taskId, ctx.actor, access)));
}

/** Saves the answer as a draft: the task is in progress. */
export async function saveTaskDraft(
  db: Kysely<Database>,
  change: TaskChange & { readonly fields: Readonly<Record<string, unknown>> },
  ctx: ChangeContext,
): Promise<TaskMoveResult> {
  return withTask(db, change, ctx, 'answer', async (trx, task) => {
    const fields = answerFields(task, change.fields);
    const result = await moveTask(trx, task, 'save_draft', change, ctx, null);
    const at = ctx.now.toISOString();
    const latest = await findLatestSubmission(trx, task.id);
    const changed = changedFields(savedFields(latest?.fields), fields);
    if (latest?.status === 'draft') await updateSubmission(trx, latest.id, { fields: JSON.stringify(fields), saved_at: at, saved_by: ctx.actor.label });
    else
      await insertSubmission(trx, {
        task_id: task.id,
        status: 'draft',
        fields: JSON.stringify(fields),
        saved_at: at,
        saved_by: ctx.actor.label,
        submitted_at: null,
      });
    await recordAudit(trx, {
      at,
      actor: ctx.actor.label,
      action: 'save-draft',
      entity: 'cycle_task',
      entityId: task.id,
      before: { state: task.state },
      after: { state: result.state, changed },
    });
    return result;
  });
}

/** Submits the answer to the secretariat. At least one field must be filled. */
export async function submitTask(
  db: Kysely<Database>,
  change: TaskChange & { readonly fields: Readonly<Record<string, unknown>> },
  ctx: ChangeContext,
): Promise<TaskMoveResult> {
  return withTask(db, change, ctx, 'answer', async (trx, task) => {
    const fields = answerFields(task, change.fields);
    if (!hasContent(fields)) throw new Invalid('error.task.submitEmpty');
    const result = await moveTask(trx, task, 'submit', change, ctx, null);
    const at = ctx.now.toISOString();
    const latest = await findLatestSubmission(trx, task.id);
    const changed = changedFields(savedFields(latest?.fields), fields);
    const values = { status: 'submitted' as const, fields: JSON.stringify(fields), saved_at: at, saved_by: ctx.actor.label, submitted_at: at };
    if (latest?.status === 'draft') await updateSubmission(trx, latest.id, values);
    else await insertSubmission(trx, { task_id: task.id, ...values });
    await recordAudit(trx, {
      at,
      actor: ctx.actor.label,
      action: 'submit',
      entity: 'cycle_task',
      entityId: task.id,
      before: { state: task.state },
      after: { state: result.state, changed },
    });
    return result;
  });
}

/**
 * The answer form's one entry: save a draft or submit, as `action` says.
 * Whether the actor may answer the task is asked first, so a form from
 * someone else is refused as a person (Forbidden), never as a form.
 */
export async function answerTask(
  db: Kysely<Database>,
  change: TaskChange & { readonly fields: Readonly<Record<string, unknown>>; readonly action: 'draft' | 'submit' | null },
  ctx: ChangeContext,
): Promise<TaskMoveResult> {
  return withTask(db, change, ctx, 'answer', async (trx) => {
    if (change.action === null) throw new Invalid('error.task.chooseDraftOrSubmit');
    return change.action === 'draft' ? saveTaskDraft(trx, change, ctx) : submitTask(trx, change, ctx);
  });
}

/** The secretariat accepts the submitted answer. */
export async function approveTask(db: Kysely<Database>, change: TaskChange, ctx: ChangeContext): Promise<TaskMoveResult> {
  return withTask(db, change, ctx, 'review', async (trx, task) => {
    const result = await moveTask(trx, task, 'approve', change, ctx, null);
    await recordAudit(trx, {
      at: ctx.now.toISOString(),
      actor: ctx.actor.label,
      action: 'approve',
      entity: 'cycle_task',
      entityId: task.id,
      before: { state: task.state },
      after: { state: result.state },
    });
    return result;
  });
}

/** The secretariat sends the answer back; the comment says why and is kept with the task. */
export async function returnTask(db: Kysely<Database>, change: TaskChange & { readonly comment: string }, ctx: ChangeContext): Promise<TaskMoveResult> {
  return withTask(db, change, ctx, 'review', async (trx, task) => {
    const comment = change.comment.trim();
    if (comment === '') throw new Invalid('error.task.returnReason');
    const result = await moveTask(trx, task, 'return', change, ctx, comment);
    const at = ctx.now.toISOString();
    await insertComment(trx, { task_id: task.id, body: comment, created_at: at, created_by: ctx.actor.label });
    await recordAudit(trx, {
      at,
      actor: ctx.actor.label,
      action: 'return',
      entity: 'cycle_task',
      entityId: task.id,
      before: { state: task.state },
      after: { state: result.state, comment },
    });
    return result;
  });
}

/** A comment on a task, by anyone who may read it. */
export async function addTaskComment(
  db: Kysely<Database>,
  change: { readonly taskId: number; readonly body: string },
  ctx: ChangeContext,
): Promise<{ readonly id: number }> {
  return withTask(db, { taskId: change.taskId }, ctx, 'read', async (trx, task) => {
    // Who may comment is asked before what was written, so a stranger learns nothing about the form.
    const body = change.body.trim();
    if (body === '') throw new Invalid('error.comment.empty');
    if (body.length > 5000) throw new Invalid('error.comment.tooLong');
    const at = ctx.now.toISOString();
    const row = await insertComment(trx, { task_id: task.id, body, created_at: at, created_by: ctx.actor.label });
    await recordAudit(trx, { at, actor: ctx.actor.label, action: 'comment', entity: 'cycle_task', entityId: task.id, after: { commentId: row.id, body } });
    return { id: row.id };
  });
}
