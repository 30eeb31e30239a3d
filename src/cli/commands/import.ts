// `barometer import FILE [--format barometer|opensdg|jsonstat] [--mapping FILE]
// [--dry-run] [--release ID] [--policy CODE] [--note TEXT]`: checks a file of
// figures and, unless it is a dry run, stages them in a draft release (a new
// one, or the one given). Prints the preview on stdout and every problem on
// stderr; exits 1 when the file has any problem, and then nothing changed.
// FILE may be a JSON-stat URL (StatBank) as well as a path, or a folder: a
// whole Open SDG data repository (its root or its data/ folder), imported as
// one source with one report and a progress line on stderr.
import { userInfo } from 'node:os';
import { commandLineActor } from '../../domain/permissions.js';
import type { Actor } from '../../domain/permissions.js';
import { getConfig } from '../../config/env.js';
import type { Config } from '../../config/env.js';
import type { ImportFormat } from '../../importers/source-figure.js';
import type { ImportReport, PreviewFigure } from '../../services/imports/import-report.js';
import { importFile } from '../../services/imports/import-file.js';
import { importProgressLine } from '../import-progress.js';
import type { ProgressLine } from '../import-progress.js';
import { openMigratedDatabase } from '../open-migrated-database.js';
import { CommandError } from '../output.js';
import type { CommandOutput } from '../output.js';

export interface ImportCommandOptions {
  readonly file: string;
  readonly format?: string;
  readonly mapping?: string;
  readonly dryRun?: boolean;
  /** A draft release id, as typed. */
  readonly release?: string;
  readonly policy?: string;
  /** Added to the reason recorded on revised figures. */
  readonly note?: string;
  /** Open SDG: a translations folder instead of the repository's own. */
  readonly translations?: string;
}

const FORMATS: readonly ImportFormat[] = ['barometer', 'opensdg', 'jsonstat'];
const SHOWN_CHANGES = 20;
const SHOWN_PROBLEMS = 50;

function checkOptions(options: ImportCommandOptions): { format?: ImportFormat; releaseId?: number } {
  if (options.format !== undefined && !FORMATS.includes(options.format as ImportFormat)) {
    throw new CommandError(`--format must be one of ${FORMATS.join(', ')} (got "${options.format}").`);
  }
  if (options.release !== undefined && !/^[1-9]\d*$/.test(options.release)) {
    throw new CommandError(`--release must be the number of a draft release (got "${options.release}").`);
  }
  return { format: options.format as ImportFormat | undefined, releaseId: options.release === undefined ? undefined : Number(options.release) };
}

function actor(): Actor {
  try {
    return commandLineActor(`barometer import (${userInfo().username})`);
  } catch {
    return commandLineActor('barometer import');
  }
}

const describeFigure = (f: PreviewFigure) => `${f.indicator} ${f.period} ${f.group} ${f.area}`;

function listCodes(what: string, codes: readonly string[]): string {
  const shown = codes.slice(0, 5).join(', ');
  return `${codes.length} ${what}${codes.length === 1 ? '' : 's'} (${shown}${codes.length > 5 ? ', …' : ''})`;
}

/** The report as lines for a terminal: the preview on `info`, problems on `error`. */
function printImportReport(report: ImportReport, out: CommandOutput): void {
  const { counts } = report;
  const what = report.dryRun ? 'Dry run of' : 'Import of';
  const skipped = counts.skipped > 0 ? `; ${counts.skipped} row(s) without a value left out` : '';
  out.info(
    `${what} ${report.source.name} (${report.source.format}): ${counts.new} new, ${counts.changed} changed, ${counts.unchanged} unchanged figure(s)${skipped}.`,
  );
  const created = [
    report.created.indicators.length > 0 ? listCodes('indicator', report.created.indicators) : null,
    report.created.groups.length > 0 ? listCodes('group', report.created.groups) : null,
    report.created.areas.length > 0 ? listCodes('area', report.created.areas) : null,
  ].filter((part): part is string => part !== null);
  if (created.length > 0) out.info(`${report.committed ? 'Created' : 'Would create'} ${created.join('; ')}.`);
  for (const figure of report.changed.slice(0, SHOWN_CHANGES)) {
    out.info(`  changed  ${describeFigure(figure)}: ${figure.published} → ${figure.value}`);
  }
  if (counts.changed > SHOWN_CHANGES) out.info(`  … and ${counts.changed - SHOWN_CHANGES} more changed figure(s).`);
  for (const note of report.notes) out.info(`  note  ${note.file ?? report.source.name}: ${note.message}`);
  for (const problem of report.problems.slice(0, SHOWN_PROBLEMS)) {
    const where = [problem.file ?? null, problem.row === null ? null : `row ${problem.row}`, problem.column === null ? null : `column ${problem.column}`]
      .filter(Boolean)
      .join(', ');
    out.error(`${where === '' ? 'file' : where}: ${problem.code}: ${problem.message}`);
  }
  if (report.problemCount > SHOWN_PROBLEMS) out.error(`… and ${report.problemCount - SHOWN_PROBLEMS} more problem(s).`);
  if (report.problemCount > 0) {
    out.error(`${report.problemCount} problem(s); ${report.dryRun ? 'the file would not be imported' : 'nothing was imported'}.`);
  } else if (report.committed && report.release) {
    out.info(
      `Staged ${counts.new + counts.changed} figure(s) in draft release ${report.release.id} "${report.release.title}"; publish it to make them public.`,
    );
  }
}

export async function importCommand(
  options: ImportCommandOptions,
  out: CommandOutput,
  config: Config = getConfig(),
  progress: ProgressLine = importProgressLine(),
): Promise<number> {
  const { format, releaseId } = checkOptions(options);
  const database = await openMigratedDatabase(config);
  try {
    const report = await importFile(
      database.db,
      options.file,
      {
        format,
        mappingFile: options.mapping,
        translationsDir: options.translations,
        dryRun: options.dryRun ?? false,
        releaseId,
        policyCode: options.policy,
        note: options.note,
        onProgress: progress.onProgress,
      },
      { actor: actor(), now: new Date() },
    ).finally(() => progress.done());
    printImportReport(report, out);
    return report.problemCount > 0 ? 1 : 0;
  } finally {
    await database.close();
  }
}
