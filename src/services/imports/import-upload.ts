// Imports a file uploaded in the admin area into a draft release: the same
// pipeline as the CLI (runImport), read from memory, narrowed to the
// indicators the person may deliver. A dry run gives the preview; a commit
// is all or nothing and, when the preview's counts are given, also refuses
// (changing nothing) if the stored figures moved since the person saw the
// preview, so what is committed is what was confirmed.
import type { Kysely } from 'kysely';
import { openSource } from '../../importers/open-source.js';
import type { ImportFormat, ImportSource } from '../../importers/source-figure.js';
import type { UploadedBytes } from '../../importers/source-input.js';
import type { Database } from '../../db/tables.js';
import type { ChangeContext } from '../change-context.js';
import type { ImportCounts, ImportReport } from './import-report.js';
import { restrictSource } from './restrict-source.js';
import type { IndicatorScope } from './restrict-source.js';
import { ImportRejected, runImport } from './run-import.js';

/** A file the browser sent, held in memory: it is never written to disk. */
export interface UploadedFile extends UploadedBytes {
  readonly bytes: Buffer;
}

export interface UploadImportOptions {
  readonly releaseId: number;
  readonly format?: ImportFormat;
  readonly mapping?: UploadedFile;
  readonly meta?: UploadedFile;
  readonly scope: IndicatorScope;
  readonly note?: string;
}

export type UploadCommitResult =
  | { readonly outcome: 'committed'; readonly report: ImportReport }
  | { readonly outcome: 'rejected'; readonly report: ImportReport }
  /** The stored figures changed since the preview; nothing was committed, here is the new preview. */
  | { readonly outcome: 'outdated'; readonly report: ImportReport };

async function sourceOf(file: UploadedFile, options: UploadImportOptions): Promise<ImportSource> {
  return restrictSource(await openSource(file, { format: options.format, mapping: options.mapping, meta: options.meta }), options.scope);
}

export async function previewUpload(db: Kysely<Database>, file: UploadedFile, options: UploadImportOptions, ctx: ChangeContext): Promise<ImportReport> {
  return runImport(db, await sourceOf(file, options), { dryRun: true, releaseId: options.releaseId }, ctx);
}

const COUNTED = ['figures', 'new', 'changed', 'unchanged', 'skipped'] as const;
const sameCounts = (a: Readonly<ImportCounts>, b: Readonly<ImportCounts>) => COUNTED.every((key) => a[key] === b[key]);

class PreviewOutdated extends Error {
  constructor(readonly report: ImportReport) {
    super('The stored figures changed since the preview.');
  }
}

export async function commitUpload(
  db: Kysely<Database>,
  file: UploadedFile,
  options: UploadImportOptions & { readonly previewed?: Readonly<ImportCounts> },
  ctx: ChangeContext,
): Promise<UploadCommitResult> {
  try {
    const report = await db.transaction().execute(async (trx) => {
      const committed = await runImport(trx, await sourceOf(file, options), { dryRun: false, releaseId: options.releaseId, note: options.note }, ctx);
      if (options.previewed && !sameCounts(committed.counts, options.previewed)) throw new PreviewOutdated(committed);
      return committed;
    });
    return { outcome: 'committed', report };
  } catch (error) {
    if (error instanceof ImportRejected) return { outcome: 'rejected', report: error.report };
    if (error instanceof PreviewOutdated) return { outcome: 'outdated', report: { ...error.report, dryRun: true, committed: false } };
    throw error;
  }
}
