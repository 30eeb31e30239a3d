// Sending the cycle's reminder e-mails exactly once, even when several
// instances share one PostgreSQL database and run the job at the same time.
//
// The design: every reminder has a key (kind, task, deadline, person; or
// digest, ISO week, person) that is UNIQUE in cycle_reminders. Before sending,
// an instance claims the reminder by inserting that row in its own committed
// statement (INSERT … ON CONFLICT DO NOTHING). The database lets exactly one
// insert win; the others see the conflict and skip. Only the winner sends.
//
// - Success: the row becomes `sent`. It stays, so no later run, on any
//   instance and after any restart, sends it again.
// - A failed send (SMTP refused, network down): the row becomes `failed`
//   with `lease_until` set to the time of the next try (15 min, doubling, at
//   most a day; 8 tries in all). A later run re-claims it with a conditional
//   UPDATE (status failed and lease expired), which again only one instance
//   can win. So a failure is retried, not lost, and never sent twice.
// - An instance that dies between claiming and recording the result leaves
//   a `sending` row with a lease (30 minutes, longer than the SMTP client's
//   timeouts); after it runs out another run takes the reminder over. That is
//   the one case where a message may go twice: if the process died after the
//   SMTP server accepted the message but before the row said so. We choose
//   that over losing the reminder; no design can avoid both without the mail
//   server's help.
//
// The claim is not held in an open transaction during the SMTP conversation:
// on SQLite that would block every other write of the app while mail is sent.
// The log row is the audit trail of reminders (who, what, when, attempts).
import type { Kysely } from 'kysely';
import { claimReminder, markReminderFailed, markReminderSent } from '../../db/repositories/cycle-reminders.js';
import type { ReminderClaim } from '../../db/repositories/cycle-reminders.js';
import { listOpenTasksBetween, listSecretariatRecipients, listTaskRecipients, listTasksToReview } from '../../db/repositories/reminder-targets.js';
import { withoutTasksDeliveredByReleases } from './figures-tasks.js';
import type { Database } from '../../db/tables.js';
import { addDays, isoWeek } from '../../domain/cycle/iso-dates.js';
import {
  digestKey,
  dueReminderKind,
  MAX_SEND_ATTEMPTS,
  OVERDUE_REMINDER_WINDOW_DAYS,
  retryDelayMinutes,
  taskReminderKey,
} from '../../domain/cycle/reminders.js';
import type { Mailer, MailMessage } from '../../mail/mailer.js';
import { toIsoDate } from '../change-context.js';
import { digestMail, isDigestEmpty, taskReminderMail } from './reminder-mail.js';
import { readReminderDaysBefore } from './reminder-settings.js';

const CLAIM_LEASE_MINUTES = 30;
/** The digest looks this far back for overdue tasks and this far ahead for coming deadlines. */
const DIGEST_OVERDUE_DAYS = 60;
const DIGEST_AHEAD_DAYS = 14;

export interface ReminderRunOptions {
  readonly mailer: Mailer;
  readonly baseUrl: string;
  /** Names this instance in the claims it makes. */
  readonly instanceId: string;
  readonly now: Date;
}

export interface ReminderRunResult {
  sent: number;
  failed: number;
  /** Due, but claimed by another run (or already sent). */
  skipped: number;
}

const minutesAfter = (moment: Date, minutes: number) => new Date(moment.getTime() + minutes * 60_000).toISOString();

/** Claims one reminder and, if this run got it, sends it and records the outcome. */
async function deliverOnce(
  db: Kysely<Database>,
  claim: ReminderClaim,
  message: MailMessage,
  options: ReminderRunOptions,
  result: ReminderRunResult,
): Promise<void> {
  const now = options.now.toISOString();
  const claimed = await claimReminder(db, claim, {
    holder: options.instanceId,
    now,
    leaseUntil: minutesAfter(options.now, CLAIM_LEASE_MINUTES),
    maxAttempts: MAX_SEND_ATTEMPTS,
  });
  if (!claimed) {
    result.skipped += 1;
    return;
  }
  try {
    await options.mailer.send(message);
  } catch (error) {
    const attempts = (await db.selectFrom('cycle_reminders').select('attempts').where('reminder_key', '=', claim.key).executeTakeFirst())?.attempts ?? 1;
    await markReminderFailed(db, claim.key, options.instanceId, minutesAfter(options.now, retryDelayMinutes(attempts)), (error as Error).message);
    result.failed += 1;
    return;
  }
  await markReminderSent(db, claim.key, options.instanceId, options.now.toISOString());
  result.sent += 1;
}

/** Reminders before, on and after each open task's deadline, to the people who answer it. */
export async function sendTaskReminders(db: Kysely<Database>, options: ReminderRunOptions): Promise<ReminderRunResult> {
  const result: ReminderRunResult = { sent: 0, failed: 0, skipped: 0 };
  const today = toIsoDate(options.now);
  const daysBefore = await readReminderDaysBefore(db);
  const tasks = await withoutTasksDeliveredByReleases(
    db,
    await listOpenTasksBetween(db, addDays(today, -OVERDUE_REMINDER_WINDOW_DAYS), addDays(today, daysBefore)),
  );
  for (const task of tasks) {
    const kind = dueReminderKind(task, today, daysBefore);
    if (kind === null) continue;
    for (const person of await listTaskRecipients(db, task)) {
      const claim = { key: taskReminderKey(kind, task.id, task.deadline, person.id), kind, taskId: task.id, userId: person.id, recipient: person.email };
      await deliverOnce(db, claim, taskReminderMail(kind, task, person, { baseUrl: options.baseUrl, today }), options, result);
    }
  }
  return result;
}

/** The week's overview to the secretariat: overdue, due within two weeks, waiting for review. Once per ISO week. */
export async function sendWeeklyDigest(db: Kysely<Database>, options: ReminderRunOptions): Promise<ReminderRunResult> {
  const result: ReminderRunResult = { sent: 0, failed: 0, skipped: 0 };
  const today = toIsoDate(options.now);
  const open = await withoutTasksDeliveredByReleases(
    db,
    await listOpenTasksBetween(db, addDays(today, -DIGEST_OVERDUE_DAYS), addDays(today, DIGEST_AHEAD_DAYS)),
  );
  const content = { overdue: open.filter((t) => t.deadline < today), dueSoon: open.filter((t) => t.deadline >= today), toReview: await listTasksToReview(db) };
  if (isDigestEmpty(content)) return result;
  const week = isoWeek(today);
  for (const person of await listSecretariatRecipients(db)) {
    const claim = { key: digestKey(week, person.id), kind: 'digest' as const, taskId: null, userId: person.id, recipient: person.email };
    await deliverOnce(db, claim, digestMail(content, person, { baseUrl: options.baseUrl, week }), options, result);
  }
  return result;
}
