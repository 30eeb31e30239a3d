// Whether this instance can serve: the database answers and its schema is
// the one the code expects. A failure is an answer, not an exception, so the
// readiness route can say what is wrong.
import { sql } from 'kysely';
import { listPendingMigrations } from '../db/migration-state.js';
import type { Db } from './database.js';

export type Readiness =
  | { readonly ready: true }
  | { readonly ready: false; readonly reason: 'database_unreachable'; readonly detail: string }
  | { readonly ready: false; readonly reason: 'migrations_pending'; readonly pending: readonly string[] };

export async function checkReadiness(db: Db): Promise<Readiness> {
  try {
    await sql`select 1`.execute(db);
  } catch (error) {
    return { ready: false, reason: 'database_unreachable', detail: error instanceof Error ? error.message : String(error) };
  }
  const pending = await listPendingMigrations(db);
  return pending.length === 0 ? { ready: true } : { ready: false, reason: 'migrations_pending', pending };
}
