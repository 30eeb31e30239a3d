// One figure typed into a form, checked by the same pipeline as a file: the
// same problems, the same preview, staged in the same draft. A figure that
// changes a published one needs the user's reason, which is kept in its
// history when the release is published. The service itself refuses a
// person who may not deliver the indicator's figures (Forbidden), so the
// command line and the form meet the same rule.
import type { Kysely } from 'kysely';
import { parseDecimal, describeNumberProblem } from '../../importers/parse-number.js';
import { cellProblem } from '../../importers/problem.js';
import type { ImportProblem } from '../../importers/problem.js';
import { oneChunk, problemEvent } from '../../importers/source-figure.js';
import type { ImportEvent, ImportSource } from '../../importers/source-figure.js';
import type { Database } from '../../db/tables.js';
import { canSupplyFigures } from '../../domain/permissions.js';
import type { ChangeContext } from '../change-context.js';
import { findDeliveryScope } from '../releases/delivery-scope.js';
import { requireRelease, requireRight } from '../releases/release-guards.js';
import type { ImportReport } from './import-report.js';
import { runImport } from './run-import.js';

export interface FigureEntry {
  readonly releaseId: number;
  readonly indicator: string;
  readonly period: string;
  /** A group code; empty for the total. */
  readonly group?: string | null;
  /** An area code; empty for the indicator's default area. */
  readonly area?: string | null;
  /** As typed (`52,3`) or as a number. */
  readonly value: string | number;
  readonly provisional?: boolean;
  readonly estimated?: boolean;
  readonly note?: string | null;
  /** Why a published figure changes; required for a revision. */
  readonly reason?: string | null;
}

const COLUMNS = { indicator: 'indicator', period: 'period', group: 'group', area: 'area', value: 'value' } as const;
const blank = (text: string | null | undefined) => (text ?? '').trim() === '';

function toEvent(entry: FigureEntry): ImportEvent {
  let value: number;
  if (typeof entry.value === 'number') value = entry.value;
  else {
    const parsed = blank(entry.value) ? ({ ok: false, code: 'not_a_number' } as const) : parseDecimal(entry.value);
    if (!parsed.ok) return problemEvent(cellProblem(1, 'value', parsed.code, describeNumberProblem(parsed.code, entry.value)));
    value = parsed.value;
  }
  if (!Number.isFinite(value)) {
    const code = Number.isNaN(value) ? 'nan' : 'infinite';
    return problemEvent(cellProblem(1, 'value', code, describeNumberProblem(code, String(value))));
  }
  return {
    kind: 'figure',
    row: 1,
    indicator: entry.indicator.trim(),
    period: entry.period.trim(),
    group: blank(entry.group) ? null : { code: entry.group!.trim(), name: null },
    area: blank(entry.area) ? null : { code: entry.area!.trim(), name: null },
    value,
    provisional: entry.provisional ?? false,
    estimated: entry.estimated ?? false,
    note: blank(entry.note) ? null : entry.note!.trim(),
    columns: COLUMNS,
  };
}

const formSource = (entry: FigureEntry): ImportSource => ({ format: 'barometer', name: 'form', indicatorDrafts: [], events: oneChunk(toEvent(entry)) });

/** Checks the figure and, when it has no problem, stages it in the draft; `dryRun` only checks. */
export async function enterFigure(db: Kysely<Database>, entry: FigureEntry, options: { dryRun?: boolean }, ctx: ChangeContext): Promise<ImportReport> {
  requireRight(canSupplyFigures(ctx.actor), 'error.right.deliverFigures');
  const release = await requireRelease(db, entry.releaseId);
  // An indicator the person does not deliver (another administration's, or none) is refused before the
  // pipeline looks at it; the secretariat's unknown codes become the pipeline's unknown_indicator problem.
  const scope = await findDeliveryScope(db, ctx.actor, release.policy_id);
  requireRight(scope.allowed === null || scope.allowed.has(entry.indicator.trim()), 'error.right.deliverFiguresFor', { code: entry.indicator.trim() });
  const preview = await runImport(db, formSource(entry), { dryRun: true, releaseId: entry.releaseId }, ctx);
  if (preview.problemCount > 0) return preview;
  if (preview.counts.changed > 0 && blank(entry.reason)) {
    const problem: ImportProblem = cellProblem(1, 'reason', 'missing_value', 'This changes a published figure; say why, so the history can show it.');
    return { ...preview, problems: [problem], problemCount: 1 };
  }
  if (options.dryRun) return preview;
  return runImport(db, formSource(entry), { dryRun: false, releaseId: entry.releaseId, reason: entry.reason?.trim() || undefined }, ctx);
}
