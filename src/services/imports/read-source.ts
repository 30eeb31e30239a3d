// The body of every import, dry run or commit: reads the source's events as
// they stream, checks each figure, compares batches with what is published
// and, when staging, writes each batch, but only while the file has shown
// no problem. After the first problem nothing more is written (the caller
// rolls back) but every row is still checked, so the user gets every
// problem of the file at once.
import type { Kysely } from 'kysely';
import { fileProblem, inFile } from '../../importers/problem.js';
import { withinReferenceLimits } from '../../importers/reference-limits.js';
import type { ImportSource } from '../../importers/source-figure.js';
import type { Database } from '../../db/tables.js';
import type { ChangeContext } from '../change-context.js';
import { FigureChecker } from './check-figure.js';
import type { CheckedFigure } from './check-figure.js';
import { PublishedComparison } from './compare-published.js';
import type { ComparedFigure } from './compare-published.js';
import { ProblemLog } from './import-report.js';
import type { ImportCounts, PreviewFigure } from './import-report.js';
import type { ReferenceResolver } from './reference-resolver.js';
import { stageComparedFigures } from './stage-batch.js';
import type { StagingTarget } from './stage-batch.js';

export interface ImportProgress {
  readonly figures: number;
  readonly staged: number;
  /** For a source of many files (an Open SDG repository): files read so far, of how many. */
  readonly files?: { readonly done: number; readonly total: number };
}

export interface ReadOptions {
  readonly previewLimit: number;
  readonly problemLimit: number;
  readonly batchSize: number;
  readonly onProgress?: (progress: ImportProgress) => void;
}

export interface ReadResult {
  readonly counts: ImportCounts;
  readonly changed: PreviewFigure[];
  readonly sample: PreviewFigure[];
  readonly problems: ProblemLog;
  readonly staged: number;
}

const toPreview = ({ figure, change, published }: ComparedFigure): PreviewFigure => ({
  row: figure.row,
  indicator: figure.indicatorCode,
  period: figure.period,
  group: figure.groupCode,
  area: figure.areaCode,
  value: figure.value,
  provisional: figure.provisional,
  estimated: figure.estimated,
  published,
  change,
});

export async function readSource(
  db: Kysely<Database>,
  source: ImportSource,
  references: ReferenceResolver,
  staging: StagingTarget | null,
  options: ReadOptions,
  ctx: ChangeContext,
): Promise<ReadResult> {
  const checker = new FigureChecker(references);
  const comparison = new PublishedComparison(db);
  const problems = new ProblemLog(options.problemLimit);
  const counts: ImportCounts = { figures: 0, new: 0, changed: 0, unchanged: 0, skipped: 0 };
  const changed: PreviewFigure[] = [];
  const sample: PreviewFigure[] = [];
  let staged = 0;
  let batch: CheckedFigure[] = [];

  const flush = async () => {
    if (batch.length === 0) return;
    const compared = await comparison.compare(batch);
    batch = [];
    for (const item of compared) {
      counts[item.change] += 1;
      if (item.change === 'changed' && changed.length < options.previewLimit) changed.push(toPreview(item));
      if (sample.length < options.previewLimit) sample.push(toPreview(item));
    }
    if (staging && problems.isEmpty) {
      await references.flushLinks();
      staged += await stageComparedFigures(db, compared, staging, ctx);
    }
    reportProgress();
  };
  const reportProgress = () => {
    if (!options.onProgress) return;
    const files = source.progress?.();
    options.onProgress({ figures: counts.figures, staged, ...(files ? { files: { done: files.filesDone, total: files.filesTotal } } : {}) });
  };

  for await (const chunk of source.events) {
    const events = chunk.map(withinReferenceLimits);
    await references.createForChunk(events);
    for (const event of events) {
      if (event.kind === 'problem') {
        problems.add(event.problem);
      } else if (event.kind === 'skipped') {
        counts.skipped += 1;
      } else {
        counts.figures += 1;
        const checked = checker.check(event);
        if (Array.isArray(checked)) {
          for (const problem of checked) problems.add(inFile(problem, event.file));
          continue;
        }
        batch.push(checked);
        if (batch.length >= options.batchSize) await flush();
      }
    }
  }
  await flush();
  if (source.progress) reportProgress();
  if (counts.figures === 0 && problems.isEmpty) {
    const why = counts.skipped > 0 ? `none of its ${counts.skipped} rows holds a value` : 'it holds no figures';
    problems.add(fileProblem('empty_file', `The file is empty: ${why}.`));
  }
  return { counts, changed, sample, problems, staged };
}
