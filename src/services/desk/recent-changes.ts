// The newest rows of the audit log, for those who may read it: what the
// secretariat and the committees changed lately, without opening the log.
import type { Kysely } from 'kysely';
import { listAuditEntries } from '../../db/repositories/audit.js';
import type { Database } from '../../db/tables.js';
import { canBrowseAudit } from '../../domain/permissions.js';
import type { Actor } from '../../domain/permissions.js';
import type { RecentChange } from './desk-types.js';

export const RECENT_CHANGES_SHOWN = 8;

/** Null when the actor may not read the audit log. */
export async function readRecentChanges(db: Kysely<Database>, actor: Actor): Promise<RecentChange[] | null> {
  if (!canBrowseAudit(actor)) return null;
  const rows = await listAuditEntries(db, { limit: RECENT_CHANGES_SHOWN });
  return rows.map((row) => ({ id: row.id, at: row.at, actor: row.actor, action: row.action, entity: row.entity }));
}
