// CSV bytes to numbered records, the one way every CSV file is read (figure
// templates, Open SDG files, project lists): one decoder (decode-text), one
// separator sniffer and one parser (csv-records). A file that stops being
// readable becomes one problem, whoever reads it.
import { CsvSyntaxError, readCsvRecords } from './csv-records.js';
import type { CsvRecord } from './csv-records.js';
import { EncodingRefused, createTextDecoder } from './decode-text.js';
import { cellProblem, fileProblem } from './problem.js';
import type { ImportProblem } from './problem.js';

/** The records of CSV bytes, a chunk's worth at a time; throws what `csvReadProblem` turns into a problem. */
export function readCsvBytes(bytes: AsyncIterable<Uint8Array>): AsyncGenerator<CsvRecord[]> {
  return readCsvRecords(createTextDecoder(bytes).text);
}

/** The problem for a file that stops being readable: its encoding, its CSV syntax, or the disk. */
export function csvReadProblem(error: unknown): ImportProblem {
  if (error instanceof EncodingRefused) return fileProblem('invalid_encoding', error.message);
  if (error instanceof CsvSyntaxError) {
    return error.line === null ? fileProblem('malformed_row', error.message) : cellProblem(error.line, null, 'malformed_row', error.message);
  }
  return fileProblem('unreadable_file', `The file cannot be read: ${(error as Error).message}`);
}
