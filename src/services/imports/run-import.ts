// Imports figures from any source: a dry run reports what the file would do;
// a commit stages the figures in a draft release in one transaction, with
// an audit row, and rolls everything back (the draft it created, groups,
// areas and indicators included) when the file has any problem. Publishing
// the draft is a separate step (publishRelease).
import { basename } from 'node:path';
import type { Kysely } from 'kysely';
import { recordAudit } from '../../db/repositories/audit.js';
import { updateIndicatorFrequency } from '../../db/repositories/import-references.js';
import type { Database, PolicyRow } from '../../db/tables.js';
import type { ImportSource } from '../../importers/source-figure.js';
import type { ChangeContext } from '../change-context.js';
import { Invalid } from '../errors.js';
import type { ImportReport } from './import-report.js';
import { findDraftRelease, findImportPolicy, openImportRelease } from './import-target.js';
import type { ImportRelease, ImportTargetOptions } from './import-target.js';
import { frequencyOfKinds } from '../../domain/period-rules.js';
import { readSource } from './read-source.js';
import type { ImportProgress, ReadResult } from './read-source.js';
import { ReferenceResolver } from './reference-resolver.js';

export interface ImportOptions extends ImportTargetOptions {
  readonly dryRun: boolean;
  /** The user's word on why, added to the reason recorded on every revised figure. */
  readonly note?: string;
  /** The whole reason recorded on revised figures, instead of the source's name and the note. */
  readonly reason?: string;
  readonly previewLimit?: number;
  readonly problemLimit?: number;
  /** Figures per comparison and insert. */
  readonly batchSize?: number;
  readonly onProgress?: (progress: ImportProgress) => void;
}

/** Thrown when a commit inside the caller's own transaction meets problems, so that transaction rolls back. */
export class ImportRejected extends Invalid {
  constructor(readonly report: ImportReport) {
    super('error.import.rejected', { source: report.source.name, n: report.problemCount });
  }
}

const readOptions = (options: ImportOptions) => ({
  previewLimit: options.previewLimit ?? 200,
  problemLimit: options.problemLimit ?? 1000,
  batchSize: options.batchSize ?? 500,
  onProgress: options.onProgress,
});

function toReport(
  source: ImportSource,
  options: ImportOptions,
  result: ReadResult,
  references: ReferenceResolver,
  release: ImportRelease | null,
  committed: boolean,
): ImportReport {
  return {
    source: { name: source.name, format: source.format },
    dryRun: options.dryRun,
    committed,
    release: release ? { id: release.id, title: release.title } : null,
    counts: result.counts,
    created: references.created,
    changed: result.changed,
    sample: result.sample,
    problems: result.problems.kept,
    problemCount: result.problems.count,
    notes: source.notes ?? [],
  };
}

export async function runImport(db: Kysely<Database>, source: ImportSource, options: ImportOptions, ctx: ChangeContext): Promise<ImportReport> {
  const policy = await findImportPolicy(db, options);
  if (options.dryRun) {
    const draft = options.releaseId === undefined ? null : await findDraftRelease(db, options.releaseId, policy);
    const release = draft ? { id: draft.id, title: draft.title_da } : null;
    const references = await ReferenceResolver.load(db, policy, source.indicatorDrafts, false);
    const result = await readSource(db, source, references, null, readOptions(options), ctx);
    return toReport(source, options, result, references, release, false);
  }
  if (db.isTransaction) {
    const report = await commit(db, source, policy, options, ctx);
    if (!report.committed) throw new ImportRejected(report);
    return report;
  }
  try {
    return await db.transaction().execute(async (trx) => {
      const report = await commit(trx, source, policy, options, ctx);
      if (!report.committed) throw new ImportRejected(report);
      return report;
    });
  } catch (error) {
    if (error instanceof ImportRejected) return error.report;
    throw error;
  }
}

async function commit(trx: Kysely<Database>, source: ImportSource, policy: PolicyRow, options: ImportOptions, ctx: ChangeContext): Promise<ImportReport> {
  const { release, hadFigures } = await openImportRelease(trx, policy, options, source.name, ctx);
  const references = await ReferenceResolver.load(trx, policy, source.indicatorDrafts, true);
  const reason = options.reason ?? `Import of ${basename(source.name)}${options.note ? `: ${options.note}` : ''}`;
  const result = await readSource(trx, source, references, { releaseId: release.id, reason, hadFigures }, readOptions(options), ctx);
  if (!result.problems.isEmpty) {
    // The draft this import created is rolled back with everything else.
    return toReport(source, options, result, references, options.releaseId === undefined ? null : release, false);
  }
  for (const indicator of references.allIndicators()) {
    if (indicator.created && indicator.frequency === null) await updateIndicatorFrequency(trx, indicator.id, frequencyOfKinds(indicator.kinds));
  }
  const report = toReport(source, options, result, references, release, true);
  await recordAudit(trx, {
    at: ctx.now.toISOString(),
    actor: ctx.actor.label,
    action: 'import',
    entity: 'release',
    entityId: release.id,
    after: { source: report.source, counts: report.counts, staged: result.staged, created: report.created, note: options.note ?? null },
  });
  return report;
}
