// Open SDG data files (`data/indicator_<id>.csv`): one figure per row, Year
// first, Value last, a blank disaggregation cell meaning "all". Without a
// mapping, the disaggregations of a row name its group (`Sex: Female; Age:
// 16 to 24`, created if new), a row with none is the total, and GeoCode names
// its area (created if new). Rows without a value are gaps, left out.
import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { csvReadProblem, readCsvBytes } from './csv-bytes.js';
import { flagsFromStatus } from './flags.js';
import type { OpenSdgMapping } from './mapping.js';
import { readOpenSdgColumns } from './opensdg-columns.js';
import { MAX_CODE_LENGTH, MAX_NAME_LENGTH } from './reference-limits.js';
import type { OpenSdgColumns } from './opensdg-columns.js';
import { describeNumberProblem, parseMachineNumber } from './parse-number.js';
import { cellProblem, fileProblem, inFile } from './problem.js';
import type { ImportProblem } from './problem.js';
import { problemEvent } from './source-figure.js';
import type { EventChunk, FigureColumns, ImportEvent, Reference } from './source-figure.js';

/** The indicator id in an Open SDG file name: `indicator_8-5-2.csv` is `8-5-2`. */
export function openSdgIdFromFileName(path: string): string {
  return basename(path)
    .replace(/\.csv$/i, '')
    .replace(/^indicator_/, '');
}

/**
 * The file's events. `file` names the file in the figures and problems of a
 * source of many files (an Open SDG repository), so each problem says where it is.
 */
export async function* readOpenSdgCsv(bytes: AsyncIterable<Uint8Array>, indicator: string, mapping: OpenSdgMapping, file?: string): AsyncGenerator<EventChunk> {
  const problem = (p: ImportProblem) => problemEvent(inFile(p, file));
  let columns: OpenSdgColumns | null = null;
  let figureColumns: FigureColumns | null = null;
  try {
    for await (const records of readCsvBytes(bytes)) {
      const events: ImportEvent[] = [];
      for (const { cells, row } of records) {
        if (cells.every((c) => c.trim() === '')) continue;
        if (!columns) {
          const read = readOpenSdgColumns(cells, mapping);
          if (!read.ok) {
            yield [problem({ ...read.problem, row })];
            return;
          }
          columns = read.columns;
          figureColumns = toFigureColumns(columns);
          continue;
        }
        const event = readRow(cells, row, columns, figureColumns!, indicator, mapping);
        events.push(file === undefined ? event : withFile(event, file));
      }
      if (events.length > 0) yield events;
    }
  } catch (error) {
    yield [problem(csvReadProblem(error))];
    return;
  }
  if (!columns) yield [problem(fileProblem('empty_file', 'The file is empty: it has no header and no figures.'))];
}

function withFile(event: ImportEvent, file: string): ImportEvent {
  if (event.kind === 'figure') return { ...event, file };
  if (event.kind === 'problem') return problemEvent(inFile(event.problem, file));
  return event;
}

function toFigureColumns(columns: OpenSdgColumns): FigureColumns {
  return {
    indicator: columns.series >= 0 ? columns.names[columns.series]! : null,
    period: columns.names[0]!,
    group: columns.groupParts.map((i) => columns.names[i]).join(', ') || null,
    area: columns.geoCode >= 0 ? columns.names[columns.geoCode]! : null,
    value: columns.names[columns.value]!,
  };
}

function readRow(
  cells: readonly string[],
  row: number,
  columns: OpenSdgColumns,
  figureColumns: FigureColumns,
  indicator: string,
  mapping: OpenSdgMapping,
): ImportEvent {
  if (cells.length > columns.width) return problemEvent(cellProblem(row, null, 'malformed_row', `Row ${row} has more cells than the header has columns.`));
  for (let i = columns.names.length; i < cells.length; i++) {
    if (cells[i]!.trim() !== '')
      return problemEvent(cellProblem(row, null, 'malformed_row', `Row ${row} has "${cells[i]!.trim()}" in column ${i + 1}, which has no name.`));
  }
  const cell = (i: number) => (i < 0 ? '' : (cells[i] ?? '').trim());
  const year = cell(0);
  if (year === '') return problemEvent(cellProblem(row, columns.names[0]!, 'missing_value', 'The year is empty.'));
  const written = cell(columns.value);
  if (written === '') return { kind: 'skipped', row };
  const parsed = parseMachineNumber(written);
  if (!parsed.ok) return problemEvent(cellProblem(row, figureColumns.value, parsed.code, describeNumberProblem(parsed.code, written)));

  let indicatorCode = indicator;
  if (columns.series >= 0) {
    const series = cell(columns.series);
    const mapped = mapping.series?.[series];
    if (!mapped)
      return problemEvent(cellProblem(row, figureColumns.indicator, 'unknown_indicator', `The mapping names no indicator for the series "${series}".`));
    indicatorCode = mapped;
  }
  const parts: string[] = [];
  for (const i of columns.groupParts) {
    const value = cell(i);
    if (value !== '') parts.push(`${columns.names[i]}: ${value}`);
  }
  const flags = flagsFromStatus(cell(columns.observationStatus));
  const note = cell(columns.comment);
  return {
    kind: 'figure',
    row,
    indicator: indicatorCode,
    period: year,
    group: toGroup(parts, mapping),
    area: toArea(cell(columns.geoCode), mapping),
    value: parsed.value,
    provisional: flags.provisional,
    estimated: flags.estimated,
    note: note === '' ? null : note,
    columns: figureColumns,
  };
}

function toGroup(parts: readonly string[], mapping: OpenSdgMapping): Reference {
  if (parts.length === 0) return { code: mapping.total, name: mapping.total === 'total' ? 'Total' : null };
  const name = parts.join('; ');
  const mapped = mapping.groups[name];
  return mapped ? { code: mapped, name: null } : { code: groupCodeOf(name), name };
}

/**
 * A group's code is its name while the name fits a code. Real files with
 * eight disaggregations name groups longer than that (the UK's early-years
 * file: 220 characters); such a group keeps its whole name and gets a code
 * cut short and made unique by a hash of the name. A name too long even for
 * a name stays the code, so the caps refuse it (reference-limits.ts).
 */
function groupCodeOf(name: string): string {
  if (name.length <= MAX_CODE_LENGTH || name.length > MAX_NAME_LENGTH) return name;
  const hash = createHash('sha256').update(name).digest('hex').slice(0, 12);
  return `${name.slice(0, MAX_CODE_LENGTH - hash.length - 2).trimEnd()} #${hash}`;
}

function toArea(geoCode: string, mapping: OpenSdgMapping): Reference | null {
  if (geoCode === '') return mapping.area ? { code: mapping.area, name: null } : null;
  const mapped = mapping.areas[geoCode];
  return mapped ? { code: mapped, name: null } : { code: geoCode, name: geoCode };
}
