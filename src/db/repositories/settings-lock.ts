// Serialises edits of the settings on PostgreSQL, where two transactions could
// otherwise both find the settings unchanged and both write. SQLite allows one
// writer at a time already.
import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import { engineOf } from '../dialect.js';
import type { Database } from '../tables.js';

// An arbitrary constant naming "the site settings" among advisory locks.
const SETTINGS_LOCK = 73_310_601;

/** Call inside a transaction; the lock is released when it ends. */
export async function lockSettingsForEdit(db: Kysely<Database>): Promise<void> {
  if (engineOf(db as unknown as Kysely<unknown>) === 'postgres') await sql`select pg_advisory_xact_lock(${SETTINGS_LOCK})`.execute(db);
}
