// Imports a file (or a JSON-stat URL) by name: the CLI's and the admin
// upload's way in. The format is detected unless given.
import type { Kysely } from 'kysely';
import { openImportSource } from '../../importers/open-import-source.js';
import type { OpenSourceOptions } from '../../importers/open-import-source.js';
import type { Database } from '../../db/tables.js';
import type { ChangeContext } from '../change-context.js';
import type { ImportReport } from './import-report.js';
import { runImport } from './run-import.js';
import type { ImportOptions } from './run-import.js';

export type ImportFileOptions = ImportOptions & OpenSourceOptions;

export async function importFile(db: Kysely<Database>, location: string, options: ImportFileOptions, ctx: ChangeContext): Promise<ImportReport> {
  const source = await openImportSource(location, { format: options.format, mappingFile: options.mappingFile });
  return runImport(db, source, options, ctx);
}
