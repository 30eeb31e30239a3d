// CSV text to records, as the text arrives, with csv-parse. The separator is
// chosen from the header line (`;` as Danish Excel writes, `,`, or a tab), so
// a decimal comma in a `;` file stays inside its cell. Records are read off
// the parser synchronously after each chunk: an async iterator per record
// would cost more than the parsing itself on large files.
import { finished } from 'node:stream/promises';
import { parse } from 'csv-parse';
import type { Parser } from 'csv-parse';

export type CsvDelimiter = ';' | ',' | '\t';

// No row of figures comes near this; a file that does is not a table, and is not held in memory.
const MAX_RECORD_CHARACTERS = 1_000_000;

/** The separator that occurs most often in the header line (outside quotes). */
export function sniffDelimiter(headerLine: string): CsvDelimiter {
  const counts: Record<CsvDelimiter, number> = { ';': 0, ',': 0, '\t': 0 };
  let quoted = false;
  for (const char of headerLine) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === ';' || char === ',' || char === '\t')) counts[char] += 1;
  }
  const best = (Object.keys(counts) as CsvDelimiter[]).sort((a, b) => counts[b] - counts[a])[0]!;
  return counts[best] > 0 ? best : ';';
}

/** A CSV syntax error: the file cannot be read past this point. */
export class CsvSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number | null,
  ) {
    super(message);
  }
}

export interface CsvRecord {
  readonly cells: string[];
  readonly row: number;
}

/**
 * Yields the records of CSV text, a chunk's worth at a time, each with its
 * number (the first record is 1, as a spreadsheet numbers rows). Blank lines
 * are records too, so numbers stay those a spreadsheet shows; a record with a
 * line break inside quotes is one row, as it is in a spreadsheet. Records
 * come in arrays because passing each through an async generator costs
 * more than parsing it.
 */
export async function* readCsvRecords(text: AsyncIterable<string>): AsyncGenerator<CsvRecord[]> {
  let parser: Parser | null = null;
  let head = '';
  let row = 0;
  const drain = (p: Parser): CsvRecord[] => {
    const records: CsvRecord[] = [];
    let record: string[] | null;
    while ((record = p.read() as string[] | null) !== null) records.push({ cells: record, row: ++row });
    return records;
  };
  for await (const chunk of text) {
    if (!parser) {
      head += chunk;
      const lineEnd = head.indexOf('\n');
      if (lineEnd < 0 && head.length < MAX_RECORD_CHARACTERS) continue;
      parser = createParser(sniffDelimiter(lineEnd < 0 ? head : head.slice(0, lineEnd)));
      parser.write(head);
      head = '';
    } else {
      parser.write(chunk);
    }
    yield drain(parser);
    if (parser.errored) throw toSyntaxError(parser.errored);
  }
  if (!parser) {
    if (head === '') return;
    parser = createParser(sniffDelimiter(head));
    parser.write(head);
  }
  parser.end();
  try {
    await finished(parser, { readable: false });
  } catch (error) {
    yield drain(parser);
    throw toSyntaxError(error);
  }
  yield drain(parser);
}

function createParser(delimiter: CsvDelimiter): Parser {
  const parser = parse({ delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: false, max_record_size: MAX_RECORD_CHARACTERS });
  // Errors are read from `parser.errored` where they can be reported as problems.
  parser.on('error', () => undefined);
  return parser;
}

function toSyntaxError(error: unknown): CsvSyntaxError {
  const line = (error as { lines?: number }).lines ?? null;
  const where = line === null ? '' : ` near line ${line}`;
  const code = (error as { code?: string }).code;
  const reason =
    code === 'CSV_QUOTE_NOT_CLOSED'
      ? 'a quoted cell is never closed'
      : code === 'CSV_MAX_RECORD_SIZE'
        ? `a row is longer than ${MAX_RECORD_CHARACTERS} characters`
        : (error as Error).message;
  return new CsvSyntaxError(`The CSV cannot be read${where}: ${reason}.`, line);
}
