// `barometer backup --out FILE`: a consistent backup of the whole database
// (DATABASE_URL, either engine) while Barometer keeps serving; see
// services/backup/backup-format.ts for what the file holds.
import { getConfig } from '../../config/env.js';
import type { Config } from '../../config/env.js';
import { writeBackup } from '../../services/backup/write-backup.js';
import { openMigratedDatabase } from '../open-migrated-database.js';
import { CommandError } from '../output.js';
import type { CommandOutput } from '../output.js';

export async function backupCommand(options: { out?: string }, out: CommandOutput, config: Config = getConfig()): Promise<number> {
  if (!options.out) throw new CommandError('--out FILE is required (e.g. --out barometer-2026-11-22.backup.gz).');
  const database = await openMigratedDatabase(config);
  try {
    const summary = await writeBackup(database.db, options.out, new Date());
    out.info(`Backed up ${summary.rows} row(s) in ${summary.tables} table(s) of ${database.description} to ${options.out}.`);
    return 0;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code && !code.startsWith('SQLITE') && /^E[A-Z]+$/.test(code)) throw new CommandError(`Cannot write ${options.out} (${code}).`);
    throw error;
  } finally {
    await database.close();
  }
}
