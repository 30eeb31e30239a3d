// `barometer restore FILE`: fills an empty database (DATABASE_URL, either
// engine, migrated or not) from a backup; a database with data is refused.
import { getConfig } from '../../config/env.js';
import type { Config } from '../../config/env.js';
import { openDatabase } from '../../db/dialect.js';
import { restoreBackup } from '../../services/backup/restore-backup.js';
import type { CommandOutput } from '../output.js';

export async function restoreCommand(options: { file: string }, out: CommandOutput, config: Config = getConfig()): Promise<number> {
  // Not migrated on opening: the restore migrates to the backup's schema first.
  const database = await openDatabase(config.databaseUrl);
  try {
    const summary = await restoreBackup(database.db, options.file);
    out.info(`Restored ${summary.rows} row(s) in ${summary.tables} table(s) from ${options.file} into ${database.description}.`);
    return 0;
  } finally {
    await database.close();
  }
}
