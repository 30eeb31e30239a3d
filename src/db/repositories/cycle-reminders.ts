// The reminders log and the job leases: the rows that make a reminder go
// once across instances sharing one database. Each function is one
// statement, atomic on both engines; see src/services/cycle/send-reminders.ts.
import type { Kysely } from 'kysely';
import type { CycleReminderKind, Database } from '../tables.js';

export interface ReminderClaim {
  readonly key: string;
  readonly kind: CycleReminderKind;
  readonly taskId: number | null;
  readonly userId: number;
  readonly recipient: string;
}

/**
 * Claims a reminder for `holder` until `leaseUntil`: a new row, or an earlier
 * claim that failed or whose holder vanished (its lease has run out). True
 * only for the one caller that got it.
 */
export async function claimReminder(
  db: Kysely<Database>,
  claim: ReminderClaim,
  options: { holder: string; now: string; leaseUntil: string; maxAttempts: number },
): Promise<boolean> {
  const inserted = await db
    .insertInto('cycle_reminders')
    .values({
      reminder_key: claim.key, kind: claim.kind, task_id: claim.taskId, user_id: claim.userId, recipient: claim.recipient,
      status: 'sending', attempts: 1, claimed_by: options.holder, claimed_at: options.now, lease_until: options.leaseUntil,
      sent_at: null, last_error: null,
    })
    .onConflict((oc) => oc.column('reminder_key').doNothing())
    .returning('id')
    .executeTakeFirst();
  if (inserted) return true;
  const retaken = await db
    .updateTable('cycle_reminders')
    .set((eb) => ({ status: 'sending', claimed_by: options.holder, claimed_at: options.now, lease_until: options.leaseUntil, attempts: eb('attempts', '+', 1) }))
    .where('reminder_key', '=', claim.key)
    .where('status', 'in', ['sending', 'failed'])
    .where('lease_until', '<', options.now)
    .where('attempts', '<', options.maxAttempts)
    .executeTakeFirst();
  return Number(retaken.numUpdatedRows) === 1;
}

export async function markReminderSent(db: Kysely<Database>, key: string, holder: string, at: string): Promise<void> {
  await db
    .updateTable('cycle_reminders')
    .set({ status: 'sent', sent_at: at, last_error: null })
    .where('reminder_key', '=', key)
    .where('claimed_by', '=', holder)
    .where('status', '=', 'sending')
    .execute();
}

/** A failed send: free the claim at `retryAt`, when another run may try again. */
export async function markReminderFailed(db: Kysely<Database>, key: string, holder: string, retryAt: string, error: string): Promise<void> {
  await db
    .updateTable('cycle_reminders')
    .set({ status: 'failed', lease_until: retryAt, last_error: error.slice(0, 500) })
    .where('reminder_key', '=', key)
    .where('claimed_by', '=', holder)
    .where('status', '=', 'sending')
    .execute();
}

export async function listReminders(db: Kysely<Database>) {
  return db.selectFrom('cycle_reminders').selectAll().orderBy('id').execute();
}

/** Takes the job's lease if it is free, expired or already ours. */
export async function acquireJobLease(db: Kysely<Database>, job: string, holder: string, now: string, leaseUntil: string): Promise<boolean> {
  const inserted = await db
    .insertInto('job_leases')
    .values({ job, holder, lease_until: leaseUntil, last_run_at: null })
    .onConflict((oc) => oc.column('job').doNothing())
    .returning('job')
    .executeTakeFirst();
  if (inserted) return true;
  const taken = await db
    .updateTable('job_leases')
    .set({ holder, lease_until: leaseUntil })
    .where('job', '=', job)
    .where((eb) => eb.or([eb('lease_until', '<', now), eb('holder', '=', holder)]))
    .executeTakeFirst();
  return Number(taken.numUpdatedRows) === 1;
}

export async function releaseJobLease(db: Kysely<Database>, job: string, holder: string, at: string): Promise<void> {
  await db.updateTable('job_leases').set({ lease_until: at, last_run_at: at }).where('job', '=', job).where('holder', '=', holder).execute();
}

/** Undelivered tasks with a deadline in [from, to], with what a reminder says about them. */
export async function listOpenTasksBetween(db: Kysely<Database>, from: string, to: string) {
  return db
    .selectFrom('cycle_tasks')
    .innerJoin('cycle_milestones', 'cycle_milestones.id', 'cycle_tasks.milestone_id')
    .leftJoin('committees', 'committees.id', 'cycle_tasks.committee_id')
    .leftJoin('administrations', 'administrations.id', 'cycle_tasks.administration_id')
    .select([
      'cycle_tasks.id', 'cycle_tasks.kind', 'cycle_tasks.state', 'cycle_tasks.deadline', 'cycle_tasks.committee_id', 'cycle_tasks.administration_id',
      'cycle_milestones.title_da', 'cycle_milestones.title_en',
      'committees.name_da as committee_name_da', 'committees.name_en as committee_name_en',
      'administrations.name_da as administration_name_da', 'administrations.name_en as administration_name_en',
    ])
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
  return db
    .selectFrom('cycle_tasks')
    .innerJoin('cycle_milestones', 'cycle_milestones.id', 'cycle_tasks.milestone_id')
    .leftJoin('committees', 'committees.id', 'cycle_tasks.committee_id')
    .leftJoin('administrations', 'administrations.id', 'cycle_tasks.administration_id')
    .select([
      'cycle_tasks.id', 'cycle_tasks.kind', 'cycle_tasks.state', 'cycle_tasks.deadline', 'cycle_tasks.committee_id', 'cycle_tasks.administration_id',
      'cycle_milestones.title_da', 'cycle_milestones.title_en',
      'committees.name_da as committee_name_da', 'committees.name_en as committee_name_en',
      'administrations.name_da as administration_name_da', 'administrations.name_en as administration_name_en',
    ])
    .where('cycle_tasks.state', '=', 'submitted')
    .orderBy('cycle_tasks.deadline')
    .orderBy('cycle_tasks.id')
    .execute();
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
  return db.selectFrom('users').select(['id', 'email', 'name', 'language']).where('is_active', '=', 1).where('role', 'in', ['administrator', 'analyst']).orderBy('id').execute();
}
