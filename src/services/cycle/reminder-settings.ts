// How many days before a deadline the first reminder goes out: a setting an
// administrator may change, 7 unless set.
import type { Kysely } from 'kysely';
import { recordAudit } from '../../db/repositories/audit.js';
import { readSettings, writeSetting } from '../../db/repositories/settings.js';
import type { Database } from '../../db/tables.js';
import { canEditSettings } from '../../domain/permissions.js';
import { inTransaction } from '../change-context.js';
import type { ChangeContext } from '../change-context.js';
import { Forbidden, Invalid } from '../errors.js';

const REMINDER_DAYS_SETTING = 'cycle_reminder_days_before';
const DEFAULT_REMINDER_DAYS = 7;

function isReminderDays(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 60;
}

export async function readReminderDaysBefore(db: Kysely<Database>): Promise<number> {
  const value = (await readSettings(db))[REMINDER_DAYS_SETTING];
  return isReminderDays(value) ? value : DEFAULT_REMINDER_DAYS;
}

export async function setReminderDaysBefore(db: Kysely<Database>, days: number, ctx: ChangeContext): Promise<void> {
  if (!canEditSettings(ctx.actor)) throw new Forbidden('error.settings.adminOnly');
  if (!isReminderDays(days)) throw new Invalid('error.cycle.reminderDays');
  await inTransaction(db, async (trx) => {
    const before = await readReminderDaysBefore(trx);
    const at = ctx.now.toISOString();
    await writeSetting(trx, REMINDER_DAYS_SETTING, days, at);
    await recordAudit(trx, { at, actor: ctx.actor.label, action: 'update', entity: 'setting', entityId: REMINDER_DAYS_SETTING, before, after: days });
  });
}
