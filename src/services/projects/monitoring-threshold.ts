// The co-funding from which a project is monitored: a setting an
// administrator may change, stored with the other settings, with
// Copenhagen's 100.000 kr. as the frozen default.
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { recordAudit } from '../../db/repositories/audit.js';
import { readSettings, writeSetting } from '../../db/repositories/settings.js';
import type { Database } from '../../db/tables.js';
import { DEFAULT_MONITORING_THRESHOLD_KR } from '../../domain/projects/monitoring.js';
import { inTransaction } from '../change-context.js';
import type { ChangeContext } from '../change-context.js';
import { kroner, parseInput } from './input-fields.js';

const MONITORING_THRESHOLD_SETTING = 'project_monitoring_threshold_kr';

/** The stored threshold, or the default when none is stored (or the stored one is no longer valid). */
export async function readMonitoringThreshold(db: Kysely<Database>): Promise<number> {
  const stored = (await readSettings(db))[MONITORING_THRESHOLD_SETTING];
  const parsed = kroner.safeParse(stored);
  return parsed.success ? parsed.data : DEFAULT_MONITORING_THRESHOLD_KR;
}

export async function setMonitoringThreshold(db: Kysely<Database>, thresholdKr: number, ctx: ChangeContext): Promise<number> {
  const value = parseInput(z.object({ thresholdKr: kroner }), { thresholdKr }, 'error.thing.setting').thresholdKr;
  return inTransaction(db, async (trx) => {
    const before = await readMonitoringThreshold(trx);
    const at = ctx.now.toISOString();
    await writeSetting(trx, MONITORING_THRESHOLD_SETTING, value, at);
    await recordAudit(trx, { at, actor: ctx.actor.label, action: 'update', entity: 'settings', entityId: MONITORING_THRESHOLD_SETTING, before, after: value });
    return value;
  });
}
