// The migrations a database has run, and running them up to a given one: a
// restore brings an empty database to the schema the backup was made with,
// fills it, and only then runs what the product has added since.
import { Migrator } from 'kysely';
import type { Kysely } from 'kysely';
import { MigrationError } from '../migrate.js';
import { migrations } from '../migrations/index.js';
import type { Database } from '../tables.js';

const migrator = (db: Kysely<Database>) => new Migrator({ db, provider: { getMigrations: async () => migrations } });

/** Every migration the product knows, in order. */
export const KNOWN_MIGRATIONS: readonly string[] = Object.keys(migrations).sort();

/** The migrations this database has run, in order (none for a new database). */
export async function listAppliedMigrations(db: Kysely<Database>): Promise<string[]> {
  const known = await migrator(db).getMigrations();
  return known.filter((migration) => migration.executedAt !== undefined).map((migration) => migration.name);
}

export async function migrateUpTo(db: Kysely<Database>, name: string): Promise<void> {
  const { error } = await migrator(db).migrateTo(name);
  if (error) throw new MigrationError(`Migration up to ${name} failed: ${error instanceof Error ? error.message : String(error)}`);
}
