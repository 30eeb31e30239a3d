// Opens DATABASE_URL and brings its schema up to date: every command that
// touches data starts here, so migrations run at start on either engine.
import type { Config } from '../config/env.js';
import { openDatabase } from '../db/dialect.js';
import type { DatabaseHandle } from '../db/dialect.js';
import { migrateToLatest } from '../db/migrate.js';

export async function openMigratedDatabase(config: Config): Promise<DatabaseHandle & { applied: string[] }> {
  const handle = await openDatabase(config.databaseUrl);
  try {
    const applied = await migrateToLatest(handle.db);
    return Object.assign(handle, { applied });
  } catch (error) {
    await handle.close();
    throw error;
  }
}
