// One row of Barometer's template, from CSV text cells or XLSX values, to a
// figure, a skipped row, or the problems it has. Only what the file itself
// can tell is checked here; codes, periods and ranges are checked against the
// database by the pipeline. This runs once per row of files of a million
// rows, so it allocates nothing it does not return.
import { NO_FLAGS, parseFlags } from './flags.js';
import type { TemplateHeader } from './barometer-header.js';
import { describeNumberProblem, parseDecimal } from './parse-number.js';
import { cellProblem } from './problem.js';
import { problemEvent } from './source-figure.js';
import type { ProblemEvent, SkippedRow, SourceFigure } from './source-figure.js';

/** A cell as a reader hands it over: CSV gives text, XLSX numbers too. */
export type Cell = string | number | null | undefined;

export type TemplateRowResult = SourceFigure | SkippedRow | ProblemEvent[] | null;

function text(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  return typeof cell === 'number' ? String(cell) : cell.trim();
}

function textAt(cells: readonly Cell[], index: number): string {
  return index < 0 || index >= cells.length ? '' : text(cells[index]);
}

function isBlank(cells: readonly Cell[], from: number): boolean {
  for (let i = from; i < cells.length; i++) {
    const cell = cells[i];
    if (typeof cell === 'number' || (typeof cell === 'string' && cell !== '' && cell.trim() !== '')) return false;
  }
  return true;
}

function numberProblem(row: number, column: string, code: 'not_a_number' | 'nan' | 'infinite', written: string): ProblemEvent {
  return problemEvent(cellProblem(row, column, code, describeNumberProblem(code, written)));
}

/** Null for a blank row, which spreadsheets leave at the end of a sheet. */
export function readTemplateRow(cells: readonly Cell[], row: number, header: TemplateHeader): TemplateRowResult {
  if (isBlank(cells, 0)) return null;
  const { position, columns } = header;
  if (cells.length > header.width && !isBlank(cells, header.width)) {
    return [problemEvent(cellProblem(row, null, 'malformed_row', `Row ${row} has more cells than the header has columns.`))];
  }
  let problems: ProblemEvent[] | null = null;
  const indicator = textAt(cells, position.indicator);
  const period = textAt(cells, position.period);
  if (indicator === '') (problems ??= []).push(problemEvent(cellProblem(row, columns.indicator, 'missing_value', 'The indicator is empty.')));
  if (period === '') (problems ??= []).push(problemEvent(cellProblem(row, columns.period, 'missing_value', 'The period is empty.')));

  let value = Number.NaN;
  const valueCell = position.value < cells.length ? cells[position.value] : null;
  if (typeof valueCell === 'number') {
    value = valueCell;
    if (!Number.isFinite(value)) {
      const code = Number.isNaN(value) ? 'nan' : 'infinite';
      (problems ??= []).push(numberProblem(row, columns.value, code, String(value)));
    }
  } else {
    const written = text(valueCell);
    if (written === '') return problems ?? { kind: 'skipped', row };
    const parsed = parseDecimal(written);
    if (parsed.ok) value = parsed.value;
    else (problems ??= []).push(numberProblem(row, columns.value, parsed.code, written));
  }

  const flagText = textAt(cells, position.flags);
  const flags = flagText === '' ? { ok: true as const, flags: NO_FLAGS } : parseFlags(flagText);
  if (!flags.ok) {
    (problems ??= []).push(problemEvent(cellProblem(row, 'flags', 'unknown_flag', `"${flags.unknown}" is not a flag; use p (provisional) or e (estimated).`)));
  }
  if (problems !== null || !flags.ok) return problems ?? [];
  const group = textAt(cells, position.group);
  const area = textAt(cells, position.area);
  const note = textAt(cells, position.note);
  return {
    kind: 'figure',
    row,
    indicator,
    period,
    group: group === '' ? null : { code: group, name: null },
    area: area === '' ? null : { code: area, name: null },
    value,
    provisional: flags.flags.provisional,
    estimated: flags.flags.estimated,
    note: note === '' ? null : note,
    columns,
  };
}
