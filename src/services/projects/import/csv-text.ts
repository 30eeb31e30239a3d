// CSV text as Danish spreadsheets write it: UTF-8 (with or without a byte
// order mark) or Windows-1252, separated by `;` or `,` — whichever occurs
// more often in the heading line, outside quotes.
import { parse } from 'csv-parse/sync';

/** The text of the bytes, or null when they are neither UTF-8 nor Windows-1252 (or are binary). */
export function decodeCsvText(bytes: Uint8Array): string | null {
  if (bytes.includes(0)) return null;
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const text = new TextDecoder('windows-1252').decode(bytes);
    // Bytes Windows-1252 leaves undefined come out as C1 control characters.
    return /[\u0081\u008d\u008f\u0090\u009d]/.test(text) ? null : text;
  }
}

export function sniffSeparator(text: string): ';' | ',' {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  let semicolons = 0;
  let commas = 0;
  let quoted = false;
  for (const char of firstLine) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && char === ';') semicolons += 1;
    else if (!quoted && char === ',') commas += 1;
  }
  return commas > semicolons ? ',' : ';';
}

export type CsvParse = { ok: true; records: string[][] } | { ok: false; line: number | null; message: string };

/** Every record, blank lines included, so record i is the spreadsheet's row i + 1. */
export function parseCsvText(text: string): CsvParse {
  try {
    const records = parse(text, { delimiter: sniffSeparator(text), relax_column_count: true, skip_empty_lines: false, bom: true }) as string[][];
    return { ok: true, records };
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? null;
    return { ok: false, line, message: `The CSV cannot be read${line === null ? '' : ` near line ${line}`}: ${(error as Error).message}` };
  }
}
