// `barometer export [--format csv|json] [--out DIR]`: writes every published
// figure to DIR/barometer-figures.csv (or .json); DIR defaults to the
// current directory and is created if missing.
import { getConfig } from '../../config/env.js';
import type { Config } from '../../config/env.js';
import { exportPublishedFigures } from '../../services/exports/export-figures.js';
import type { ExportFormat } from '../../services/exports/export-figures.js';
import { openMigratedDatabase } from '../open-migrated-database.js';
import { CommandError } from '../output.js';
import type { CommandOutput } from '../output.js';

export interface ExportCommandOptions {
  readonly format?: string;
  readonly out?: string;
}

export async function exportCommand(options: ExportCommandOptions, out: CommandOutput, config: Config = getConfig()): Promise<number> {
  const format = options.format ?? 'csv';
  if (format !== 'csv' && format !== 'json') throw new CommandError(`--format must be csv or json (got "${format}").`);
  const database = await openMigratedDatabase(config);
  try {
    const result = await exportPublishedFigures(database.db, { format: format as ExportFormat, outDir: options.out ?? '.' }, new Date());
    out.info(`Wrote ${result.figures} published figure(s) to ${result.file}.`);
    return 0;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code) throw new CommandError(`Cannot write the export in ${options.out ?? '.'} (${code}).`);
    throw error;
  } finally {
    await database.close();
  }
}
