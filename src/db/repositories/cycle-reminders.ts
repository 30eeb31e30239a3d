// The reminders log: one row per reminder e-mail, whose claim makes it go
// once across instances sharing one database. Each function is one
// statement, atomic on both engines; see src/services/cycle/send-reminders.ts.
// What the reminders are about is in reminder-targets.ts.
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
      reminder_key: claim.key,
      kind: claim.kind,
      task_id: claim.taskId,
      user_id: claim.userId,
      recipient: claim.recipient,
      status: 'sending',
      attempts: 1,
      claimed_by: options.holder,
      claimed_at: options.now,
      lease_until: options.leaseUntil,
      sent_at: null,
      last_error: null,
    })
    .onConflict((oc) => oc.column('reminder_key').doNothing())
    .returning('id')
    .executeTakeFirst();
  if (inserted) return true;
  const retaken = await db
    .updateTable('cycle_reminders')
    .set((eb) => ({
      status: 'sending',
      claimed_by: options.holder,
      claimed_at: options.now,
      lease_until: options.leaseUntil,
      attempts: eb('attempts', '+', 1),
    }))
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
