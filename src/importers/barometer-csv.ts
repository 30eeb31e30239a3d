// Barometer's template as CSV: `;` or `,` separated, decimal comma or point,
// UTF-8 (with or without BOM) or Windows-1252. Streams: a file of a million
// rows is never held in memory. Every problem is yielded, never thrown.
import { createReadStream } from 'node:fs';
import { readTemplateHeader } from './barometer-header.js';
import type { TemplateHeader } from './barometer-header.js';
import { readTemplateRow } from './barometer-row.js';
import { CsvSyntaxError, readCsvRecords } from './csv-records.js';
import { EncodingRefused, createTextDecoder } from './decode-text.js';
import { cellProblem, fileProblem } from './problem.js';
import { problemEvent } from './source-figure.js';
import type { EventChunk, ImportEvent, ProblemEvent } from './source-figure.js';

/** Reads the template from raw bytes (a file stream, an upload, a Buffer in an array). */
export async function* readBarometerCsv(bytes: AsyncIterable<Uint8Array>): AsyncGenerator<EventChunk> {
  const decoder = createTextDecoder(bytes);
  let header: TemplateHeader | null = null;
  try {
    for await (const records of readCsvRecords(decoder.text)) {
      const events: ImportEvent[] = [];
      for (const { cells, row } of records) {
        if (!header) {
          if (cells.every((c) => c.trim() === '')) continue;
          const read = readTemplateHeader(cells);
          if (!read.ok) {
            yield [problemEvent({ ...read.problem, row })];
            return;
          }
          header = read.header;
          continue;
        }
        const result = readTemplateRow(cells, row, header);
        if (result === null) continue;
        if (Array.isArray(result)) events.push(...result);
        else events.push(result);
      }
      if (events.length > 0) yield events;
    }
  } catch (error) {
    yield [readFailure(error)];
    return;
  }
  if (!header) yield [problemEvent(fileProblem('empty_file', 'The file is empty: it has no header and no figures.'))];
}

/** The problem for a file that stops being readable: its encoding, its CSV syntax, or the disk. */
export function readFailure(error: unknown): ProblemEvent {
  if (error instanceof EncodingRefused) return problemEvent(fileProblem('invalid_encoding', error.message));
  if (error instanceof CsvSyntaxError) {
    return problemEvent(error.line === null ? fileProblem('malformed_row', error.message) : cellProblem(error.line, null, 'malformed_row', error.message));
  }
  return problemEvent(fileProblem('unreadable_file', `The file cannot be read: ${(error as Error).message}`));
}

/** Opens the file only when reading starts, so a source that is never read leaves no stream behind. */
export async function* readBarometerCsvFile(path: string): AsyncGenerator<EventChunk> {
  yield* readBarometerCsv(createReadStream(path, { highWaterMark: 64 * 1024 }));
}
