// Imports a file (or a JSON-stat URL) by name: the command line's way in.
// The format is detected unless given; a folder is a whole Open SDG data
// repository, imported as one source.
import type { Kysely } from 'kysely';
import { openSource } from '../../importers/open-source.js';
import type { ImportFormat } from '../../importers/source-figure.js';
import { sourceAt } from '../../importers/source-input.js';
import type { Database } from '../../db/tables.js';
import type { ChangeContext } from '../change-context.js';
import type { ImportReport } from './import-report.js';
import { runImport } from './run-import.js';
import type { ImportOptions } from './run-import.js';

export interface ImportFileOptions extends ImportOptions {
  readonly format?: ImportFormat;
  /** A mapping file (YAML or JSON) for Open SDG or JSON-stat. */
  readonly mappingFile?: string;
  /** Open SDG: a translations folder (`<lang>/<group>.yml`) instead of the repository's `translations/`. */
  readonly translationsDir?: string;
}

export async function importFile(db: Kysely<Database>, location: string, options: ImportFileOptions, ctx: ChangeContext): Promise<ImportReport> {
  const mapping = options.mappingFile === undefined ? undefined : { path: options.mappingFile };
  const source = await openSource(sourceAt(location), { format: options.format, mapping, translations: options.translationsDir });
  return runImport(db, source, options, ctx);
}
