// What the cycle's reminder e-mails are about and whom they go to: the
// tasks due or waiting for review, with the milestone and assignee names a
// reminder quotes, and the active people who answer a task or review it.
import type { Kysely } from 'kysely';
import type { Database } from '../tables.js';

/** Tasks with their milestone's title and their committee's or administration's name. */
function selectTasksWithNames(db: Kysely<Database>) {
  return db
    .selectFrom('cycle_tasks')
    .innerJoin('cycle_milestones', 'cycle_milestones.id', 'cycle_tasks.milestone_id')
    .leftJoin('committees', 'committees.id', 'cycle_tasks.committee_id')
    .leftJoin('administrations', 'administrations.id', 'cycle_tasks.administration_id')
    .select([
      'cycle_tasks.id',
      'cycle_tasks.kind',
      'cycle_tasks.state',
      'cycle_tasks.deadline',
      'cycle_tasks.committee_id',
      'cycle_tasks.administration_id',
      'cycle_milestones.title_da',
      'cycle_milestones.title_en',
      'committees.name_da as committee_name_da',
      'committees.name_en as committee_name_en',
      'administrations.name_da as administration_name_da',
      'administrations.name_en as administration_name_en',
    ]);
}

/** Undelivered tasks with a deadline in [from, to], with what a reminder says about them. */
export async function listOpenTasksBetween(db: Kysely<Database>, from: string, to: string) {
  return selectTasksWithNames(db)
    .where('cycle_tasks.state', 'not in', ['submitted', 'approved'])
    .where('cycle_tasks.deadline', '>=', from)
    .where('cycle_tasks.deadline', '<=', to)
    .orderBy('cycle_tasks.deadline')
    .orderBy('cycle_tasks.id')
    .execute();
}

export type OpenTaskRow = Awaited<ReturnType<typeof listOpenTasksBetween>>[number];

/** Submitted tasks waiting for the secretariat. */
export async function listTasksToReview(db: Kysely<Database>) {
  return selectTasksWithNames(db).where('cycle_tasks.state', '=', 'submitted').orderBy('cycle_tasks.deadline').orderBy('cycle_tasks.id').execute();
}

/** The active people who answer a task: its committee's members or its administration's data suppliers. */
export async function listTaskRecipients(db: Kysely<Database>, task: { committee_id: number | null; administration_id: number | null }) {
  let query = db.selectFrom('users').select(['id', 'email', 'name', 'language']).where('is_active', '=', 1).orderBy('id');
  if (task.committee_id !== null) query = query.where('role', '=', 'committee_member').where('committee_id', '=', task.committee_id);
  else query = query.where('role', '=', 'data_supplier').where('administration_id', '=', task.administration_id);
  return query.execute();
}

/** The secretariat's active people: administrators and analysts. */
export async function listSecretariatRecipients(db: Kysely<Database>) {
  return db
    .selectFrom('users')
    .select(['id', 'email', 'name', 'language'])
    .where('is_active', '=', 1)
    .where('role', 'in', ['administrator', 'analyst'])
    .orderBy('id')
    .execute();
}
