// Open SDG data files (`data/indicator_<id>.csv`): one figure per row, Year
// first, Value last, a blank disaggregation cell meaning "all". Without a
// mapping, the disaggregations of a row name its group (`Sex: Female; Age:
// 16 to 24`, created if new), a row with none is the total, and GeoCode names
// its area (created if new). Rows without a value are gaps, left out.
import { basename } from 'node:path';
import { csvReadProblem, readCsvBytes } from './csv-bytes.js';
import { flagsFromStatus } from './flags.js';
import type { OpenSdgMapping } from './mapping.js';
import { readOpenSdgColumns } from './opensdg-columns.js';
import type { OpenSdgColumns } from './opensdg-columns.js';
import { describeNumberProblem, parseMachineNumber } from './parse-number.js';
import { cellProblem, fileProblem } from './problem.js';
import { problemEvent } from './source-figure.js';
import type { EventChunk, FigureColumns, ImportEvent, Reference } from './source-figure.js';

/** The indicator id in an Open SDG file name: `indicator_8-5-2.csv` is `8-5-2`. */
export function openSdgIdFromFileName(path: string): string {
  return basename(path)
    .replace(/\.csv$/i, '')
    .replace(/^indicator_/, '');
}

export async function* readOpenSdgCsv(bytes: AsyncIterable<Uint8Array>, indicator: string, mapping: OpenSdgMapping): AsyncGenerator<EventChunk> {
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
            yield [problemEvent({ ...read.problem, row })];
            return;
          }
          columns = read.columns;
          figureColumns = toFigureColumns(columns);
          continue;
        }
        events.push(readRow(cells, row, columns, figureColumns!, indicator, mapping));
      }
      if (events.length > 0) yield events;
    }
  } catch (error) {
    yield [problemEvent(csvReadProblem(error))];
    return;
  }
  if (!columns) yield [problemEvent(fileProblem('empty_file', 'The file is empty: it has no header and no figures.'))];
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
  if (cells.length > columns.names.length)
    return problemEvent(cellProblem(row, null, 'malformed_row', `Row ${row} has more cells than the header has columns.`));
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
  return mapped ? { code: mapped, name: null } : { code: name, name };
}

function toArea(geoCode: string, mapping: OpenSdgMapping): Reference | null {
  if (geoCode === '') return mapping.area ? { code: mapping.area, name: null } : null;
  const mapped = mapping.areas[geoCode];
  return mapped ? { code: mapped, name: null } : { code: geoCode, name: geoCode };
}
