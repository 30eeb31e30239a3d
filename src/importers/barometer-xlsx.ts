// Barometer's template as an XLSX workbook, read with exceljs's streaming
// reader so a large sheet is not held in memory. The first worksheet holds
// the figures, its first non-blank row the header. Numbers typed as numbers
// arrive as numbers; formulas give their cached result; a month Excel turned
// into a date becomes `YYYY-MM` again.
//
// What it may cost is bounded before exceljs sees a byte: the workbook is
// held to the unpacked sizes of xlsx-size-check.ts, and the rows are counted
// as they stream, so neither a decompression bomb nor millions of rows can
// take the process's memory or minutes of its time.
import { readFile, stat } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { readTemplateHeader } from './barometer-header.js';
import type { TemplateHeader } from './barometer-header.js';
import { readTemplateRow } from './barometer-row.js';
import type { Cell } from './barometer-row.js';
import { fileProblem } from './problem.js';
import { problemEvent } from './source-figure.js';
import type { EventChunk, ImportEvent } from './source-figure.js';
import { FIGURE_WORKBOOK_LIMITS, checkXlsxSize } from './xlsx-size-check.js';

/** Rows per chunk of events. */
const CHUNK = 1000;

/** Rows a figures sheet may have. Reaching it takes exceljs a few seconds; a larger release can be split, or sent as CSV. */
export const MAX_WORKBOOK_ROWS = 500_000;

/** A workbook file given at the command line is read into memory, so it is capped too (an upload is capped at 10 MB). */
const MAX_WORKBOOK_FILE_BYTES = 64 * 1024 * 1024;

/** An exceljs cell value as text or a number; formula errors stay text so they fail as "not a number". */
function toCell(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) {
    const month = String(value.getUTCMonth() + 1).padStart(2, '0');
    return value.getUTCDate() === 1 ? `${value.getUTCFullYear()}-${month}` : value.toISOString().slice(0, 10);
  }
  if (typeof value === 'object') {
    const v = value as { richText?: { text: string }[]; formula?: string; result?: unknown; text?: unknown; error?: string };
    if (Array.isArray(v.richText)) return v.richText.map((part) => part.text).join('');
    if ('result' in v) return toCell(v.result);
    // A formula saved without its result (written by a program, never opened in Excel).
    if (v.formula !== undefined) return `=${v.formula}`;
    if (v.error !== undefined) return v.error;
    if (v.text !== undefined) return toCell(v.text);
  }
  return String(value);
}

export async function* readBarometerXlsx(bytes: Uint8Array): AsyncGenerator<EventChunk> {
  const zip = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const refused = await checkXlsxSize(zip, FIGURE_WORKBOOK_LIMITS);
  if (refused) {
    yield [problemEvent(refused)];
    return;
  }
  let header: TemplateHeader | null = null;
  let events: ImportEvent[] = [];
  let sawSheet = false;
  let rows = 0;
  try {
    // Loaded on demand: exceljs is large, and most imports are CSV.
    const { default: ExcelJS } = await import('exceljs');
    const workbook = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([zip]), {
      worksheets: 'emit',
      sharedStrings: 'cache',
      styles: 'cache', // needed to tell dates from numbers
      hyperlinks: 'ignore',
      entries: 'ignore',
    });
    for await (const sheet of workbook) {
      if (sawSheet) break; // only the first worksheet holds figures
      sawSheet = true;
      for await (const row of sheet) {
        if (++rows > MAX_WORKBOOK_ROWS) {
          yield [
            ...events,
            problemEvent(
              fileProblem(
                'file_too_large',
                `The sheet has more than ${MAX_WORKBOOK_ROWS.toLocaleString('en')} rows; an import takes at most that many. Split the file.`,
              ),
            ),
          ];
          return;
        }
        const values = row.values as unknown[];
        const cells: Cell[] = [];
        for (let i = 1; i < values.length; i++) cells.push(toCell(values[i]));
        if (!header) {
          if (cells.every((c) => c === null || String(c).trim() === '')) continue;
          const read = readTemplateHeader(cells.map((c) => (c === null || c === undefined ? '' : String(c))));
          if (!read.ok) {
            yield [problemEvent({ ...read.problem, row: row.number })];
            return;
          }
          header = read.header;
          continue;
        }
        const result = readTemplateRow(cells, row.number, header);
        if (result === null) continue;
        if (Array.isArray(result)) events.push(...result);
        else events.push(result);
        if (events.length >= CHUNK) {
          yield events;
          events = [];
        }
      }
    }
  } catch (error) {
    yield [...events, problemEvent(fileProblem('unreadable_file', `The workbook cannot be read (${(error as Error).message}); save it again as .xlsx.`))];
    return;
  }
  if (events.length > 0) yield events;
  if (!header) yield [problemEvent(fileProblem('empty_file', 'The workbook is empty: its first sheet has no header and no figures.'))];
}

export async function* readBarometerXlsxFile(path: string): AsyncGenerator<EventChunk> {
  let bytes: Buffer;
  try {
    if ((await stat(path)).size > MAX_WORKBOOK_FILE_BYTES) {
      yield [
        problemEvent(
          fileProblem('file_too_large', `The workbook is larger than ${MAX_WORKBOOK_FILE_BYTES / 1024 / 1024} MB; split the file, or save it as CSV.`),
        ),
      ];
      return;
    }
    bytes = await readFile(path);
  } catch (error) {
    yield [problemEvent(fileProblem('unreadable_file', `The file cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}).`))];
    return;
  }
  yield* readBarometerXlsx(bytes);
}
