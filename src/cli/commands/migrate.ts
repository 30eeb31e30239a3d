// `barometer migrate`: bring the database schema up to date and say what ran.
import { getConfig } from '../../config/env.js';
import { openMigratedDatabase } from '../open-migrated-database.js';
import type { CommandOutput } from '../output.js';

export async function migrateCommand(out: CommandOutput): Promise<number> {
  const database = await openMigratedDatabase(getConfig());
  await database.close();
  if (database.applied.length === 0) out.info(`${database.description} is up to date.`);
  for (const name of database.applied) out.info(`Applied ${name}`);
  return 0;
}
