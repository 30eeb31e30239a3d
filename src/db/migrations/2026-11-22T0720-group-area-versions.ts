// Groups and areas become editable in the admin area like the rest of the
// model, so they get the same `version` column for optimistic concurrency
// (see 2026-11-22T0500-accounts and repositories/versioned-rows.ts).
import type { Kysely } from 'kysely';

const TABLES = ['groups', 'areas'] as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const table of TABLES) await db.schema.alterTable(table).addColumn('version', 'integer', (c) => c.notNull().defaultTo(1)).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of TABLES) await db.schema.alterTable(table).dropColumn('version').execute();
}
