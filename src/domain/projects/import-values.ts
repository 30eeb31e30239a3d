// Reading the values of an imported project list as people type them in
// Danish spreadsheets: amounts like `100.000`, `1.250.000 kr.` or `75.000,-`,
// dates like `2012-03-01` or `1-3-2012`, and lists of codes. Each reader says
// what it got or that the text is not one; it never guesses.

export type CellValue = string | number | Date | null;

/** Whole kroner, or null when the cell does not hold an amount. Empty cells are the caller's concern. */
export function parseKroner(cell: CellValue): number | null {
  if (typeof cell === 'number') return Number.isSafeInteger(cell) && cell >= 0 ? cell : null;
  if (typeof cell !== 'string') return null;
  const text = cell
    .replace(/[\s\u00a0]+/g, '')
    .replace(/^(dkk|kr\.?)/i, '')
    .replace(/(dkk|kr\.?)$/i, '')
    .replace(/,(-|00?)$/, '');
  let digits: string | null = null;
  if (/^\d+$/.test(text)) digits = text;
  else if (/^\d{1,3}(\.\d{3})+$/.test(text)) digits = text.replaceAll('.', '');
  if (digits === null) return null;
  const value = Number(digits);
  return Number.isSafeInteger(value) ? value : null;
}

const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
// Danish order, day first: 1-3-2012, 01.03.2012, 1/3/2012.
const DANISH_DATE = /^(\d{1,2})[-./](\d{1,2})[-./](\d{4})$/;

/** `YYYY-MM-DD` for a real calendar date, or null. Spreadsheet dates arrive as Date at midnight UTC. */
export function parseImportDate(cell: CellValue): string | null {
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? null : cell.toISOString().slice(0, 10);
  if (typeof cell !== 'string') return null;
  const text = cell.trim();
  let m = ISO_DATE.exec(text);
  if (m) return calendarDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = DANISH_DATE.exec(text);
  if (m) return calendarDate(Number(m[3]), Number(m[2]), Number(m[1]));
  return null;
}

function calendarDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

/** Codes separated by commas, semicolons or spaces: `mal-1, mal-4`. */
export function splitCodes(cell: CellValue): string[] {
  if (cell === null || cell instanceof Date) return [];
  return String(cell)
    .split(/[,;\s]+/)
    .map((code) => code.trim())
    .filter(Boolean);
}

/** The text of a cell, trimmed; null for an empty one. */
export function cellText(cell: CellValue): string | null {
  if (cell === null) return null;
  const text = cell instanceof Date ? cell.toISOString().slice(0, 10) : String(cell).trim();
  return text === '' ? null : text;
}
