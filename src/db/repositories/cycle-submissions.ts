// What is written on a task: saved answers (draft or submitted), attachments,
// comments and the history of its states.
import type { Insertable, Kysely } from 'kysely';
import type { CycleAttachmentsTable, CycleCommentsTable, CycleSubmissionsTable, CycleTaskHistoryTable, Database } from '../tables.js';

export async function insertSubmission(db: Kysely<Database>, row: Insertable<CycleSubmissionsTable>) {
  return db.insertInto('cycle_submissions').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function updateSubmission(db: Kysely<Database>, id: number, changes: Partial<Insertable<CycleSubmissionsTable>>) {
  await db.updateTable('cycle_submissions').set(changes).where('id', '=', id).execute();
}

/** The newest saved answer of a task, draft or submitted. */
export async function findLatestSubmission(db: Kysely<Database>, taskId: number) {
  return db.selectFrom('cycle_submissions').selectAll().where('task_id', '=', taskId).orderBy('id', 'desc').limit(1).executeTakeFirst();
}

/** The newest submitted answer of each of the tasks. */
export async function listLatestSubmitted(db: Kysely<Database>, taskIds: readonly number[]) {
  if (taskIds.length === 0) return [];
  return db
    .selectFrom('cycle_submissions as s')
    .selectAll('s')
    .where('s.task_id', 'in', [...taskIds])
    .where('s.status', '=', 'submitted')
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('cycle_submissions as later')
            .select('later.id')
            .whereRef('later.task_id', '=', 's.task_id')
            .where('later.status', '=', 'submitted')
            .whereRef('later.id', '>', 's.id'),
        ),
      ),
    )
    .execute();
}

export async function insertAttachment(db: Kysely<Database>, row: Insertable<CycleAttachmentsTable>) {
  return db
    .insertInto('cycle_attachments')
    .values(row)
    .returning(['id', 'task_id', 'file_name', 'content_type', 'size_bytes', 'uploaded_at', 'uploaded_by'])
    .executeTakeFirstOrThrow();
}

/** Attachments without their bytes, for listing. */
export async function listAttachments(db: Kysely<Database>, taskId: number) {
  return db
    .selectFrom('cycle_attachments')
    .select(['id', 'task_id', 'file_name', 'content_type', 'size_bytes', 'uploaded_at', 'uploaded_by'])
    .where('task_id', '=', taskId)
    .orderBy('id')
    .execute();
}

export async function findAttachment(db: Kysely<Database>, id: number) {
  return db.selectFrom('cycle_attachments').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function deleteAttachment(db: Kysely<Database>, id: number) {
  await db.deleteFrom('cycle_attachments').where('id', '=', id).execute();
}

export async function insertComment(db: Kysely<Database>, row: Insertable<CycleCommentsTable>) {
  return db.insertInto('cycle_comments').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function listComments(db: Kysely<Database>, taskId: number) {
  return db.selectFrom('cycle_comments').selectAll().where('task_id', '=', taskId).orderBy('id').execute();
}

export async function insertTaskHistory(db: Kysely<Database>, row: Insertable<CycleTaskHistoryTable>) {
  await db.insertInto('cycle_task_history').values(row).execute();
}

export async function listTaskHistory(db: Kysely<Database>, taskId: number) {
  return db.selectFrom('cycle_task_history').selectAll().where('task_id', '=', taskId).orderBy('id').execute();
}
