// Reads an uploaded project list, CSV or XLSX, into headings and numbered
// rows. CSV goes through the figure imports' one decoder and parser
// (importers/csv-bytes), so a file is read, or refused, by the same rules
// whichever import it is given to. Project lists are short, so a workbook is
// loaded whole, and its dates stay dates (the project fields hold dates).
// Loaded whole, a workbook is first held to small unpacked sizes, so a
// decompression bomb is refused before exceljs unpacks it.
import ExcelJS from 'exceljs';
import { csvReadProblem, readCsvBytes } from '../../../importers/csv-bytes.js';
import { isXlsx } from '../../../importers/detect-format.js';
import { checkXlsxSize } from '../../../importers/xlsx-size-check.js';
import type { XlsxLimits } from '../../../importers/xlsx-size-check.js';
import { byteChunks } from '../../../importers/source-input.js';
import type { CellValue } from '../../../domain/projects/import-values.js';
import { fieldForHeading } from '../../../domain/projects/project-import-columns.js';
import type { ImportProblem, ImportTable } from '../../../domain/projects/project-import.js';

export type ReadTableResult = { readonly ok: true; readonly table: ImportTable } | { readonly ok: false; readonly problems: readonly ImportProblem[] };

const fileProblem = (code: string, message: string): ReadTableResult => ({ ok: false, problems: [{ row: null, column: null, code, message }] });

/** The file's table; its name (when known) helps tell a workbook from CSV. */
export async function readProjectTable(bytes: Uint8Array, name = ''): Promise<ReadTableResult> {
  const records = isXlsx(name, bytes) ? await readXlsxRecords(bytes) : await readCsv(bytes);
  if (!Array.isArray(records)) return records;
  const firstFilled = records.findIndex((r) => r.cells.some((c) => c !== null && String(c).trim() !== ''));
  if (firstFilled < 0) return fileProblem('empty_file', 'The file is empty.');
  // A title above the table is common in spreadsheets: the headings are the
  // first row that names a known column (or else the first filled row, whose
  // headings the validation then reports).
  const named = records.findIndex((r) => r.cells.some((c) => typeof c === 'string' && fieldForHeading(c) !== undefined));
  const headingAt = named >= 0 ? named : firstFilled;
  const heading = records[headingAt]!;
  return {
    ok: true,
    table: { headingRow: heading.row, headings: heading.cells.map((c) => (c === null ? '' : String(c).trim())), rows: records.slice(headingAt + 1) },
  };
}

type NumberedRecord = { row: number; cells: CellValue[] };

/** A project list is a few hundred rows; these limits leave it ample room and keep a whole-workbook load small. */
const PROJECT_WORKBOOK_LIMITS: XlsxLimits = Object.freeze({
  unpackedBytes: 16 * 1024 * 1024,
  sharedStringBytes: 8 * 1024 * 1024,
  sharedStrings: 100_000,
  styleBytes: 4 * 1024 * 1024,
  parts: 200,
});

async function readCsv(bytes: Uint8Array): Promise<NumberedRecord[] | ReadTableResult> {
  const records: NumberedRecord[] = [];
  try {
    for await (const chunk of readCsvBytes(byteChunks({ name: '', bytes }))) {
      for (const { row, cells } of chunk) records.push({ row, cells: cells.map((c) => (c.trim() === '' ? null : c)) });
    }
  } catch (error) {
    return { ok: false, problems: [csvReadProblem(error)] };
  }
  return records;
}

async function readXlsxRecords(bytes: Uint8Array): Promise<NumberedRecord[] | ReadTableResult> {
  const refused = await checkXlsxSize(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), PROJECT_WORKBOOK_LIMITS);
  if (refused) return { ok: false, problems: [refused] };
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  } catch (error) {
    return fileProblem('unreadable_file', `The spreadsheet cannot be read: ${(error as Error).message}`);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return fileProblem('empty_file', 'The spreadsheet has no sheet.');
  const records: NumberedRecord[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values = row.values as unknown[];
    const cells: CellValue[] = [];
    for (let i = 1; i < values.length; i++) cells.push(toCellValue(values[i]));
    records.push({ row: rowNumber, cells });
  });
  return records;
}

/** An exceljs cell as text, number or date; formulas give their cached result, rich text its plain text. */
function toCellValue(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || value instanceof Date) return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'object') {
    const v = value as { richText?: { text: string }[]; result?: unknown; text?: unknown; error?: string };
    if (Array.isArray(v.richText)) return v.richText.map((part) => part.text).join('');
    if ('result' in v) return toCellValue(v.result);
    if (v.text !== undefined) return toCellValue(v.text);
    if (v.error !== undefined) return v.error;
  }
  return String(value);
}
