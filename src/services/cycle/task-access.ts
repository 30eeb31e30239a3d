// Loading a task for a person: it exists, and they may do the thing asked.
import type { Kysely } from 'kysely';
import { findTask } from '../../db/repositories/cycles.js';
import type { CycleTaskRow, Database } from '../../db/tables.js';
import { canAnswerCycleTask, canReadCycleTask, canReviewCycleTask } from '../../domain/permissions.js';
import type { Actor } from '../../domain/permissions.js';
import { Forbidden, NotFound } from '../errors.js';

export type TaskAccess = 'read' | 'answer' | 'review';

function assigneeOf(task: Pick<CycleTaskRow, 'committee_id' | 'administration_id'>) {
  return { committeeId: task.committee_id, administrationId: task.administration_id };
}

export function mayAccessTask(actor: Actor, task: CycleTaskRow, access: TaskAccess): boolean {
  if (access === 'review') return canReviewCycleTask(actor);
  if (access === 'answer') return canAnswerCycleTask(actor, assigneeOf(task));
  return canReadCycleTask(actor, assigneeOf(task));
}

export async function requireTask(db: Kysely<Database>, taskId: number, actor: Actor, access: TaskAccess): Promise<CycleTaskRow> {
  const task = await findTask(db, taskId);
  if (!task) throw new NotFound('error.task.noSuchId', { id: taskId });
  if (!mayAccessTask(actor, task, access)) throw new Forbidden('error.task.notAllowed');
  return task;
}
