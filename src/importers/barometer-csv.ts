// Barometer's template as CSV: `;` or `,` separated, decimal comma or point,
// UTF-8 (with or without BOM) or Windows-1252. Streams: a file of a million
// rows is never held in memory. Every problem is yielded, never thrown.
import { readTemplateHeader } from './barometer-header.js';
import type { TemplateHeader } from './barometer-header.js';
import { readTemplateRow } from './barometer-row.js';
import { csvReadProblem, readCsvBytes } from './csv-bytes.js';
import { fileProblem } from './problem.js';
import { problemEvent } from './source-figure.js';
import type { EventChunk, ImportEvent } from './source-figure.js';

/** Reads the template from raw bytes (a file stream, an upload, a Buffer in an array). */
export async function* readBarometerCsv(bytes: AsyncIterable<Uint8Array>): AsyncGenerator<EventChunk> {
  let header: TemplateHeader | null = null;
  try {
    for await (const records of readCsvBytes(bytes)) {
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
    yield [problemEvent(csvReadProblem(error))];
    return;
  }
  if (!header) yield [problemEvent(fileProblem('empty_file', 'The file is empty: it has no header and no figures.'))];
}
