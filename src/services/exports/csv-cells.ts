// CSV cells for spreadsheets, safe to open: text that begins with `=`, `+`,
// `-` or `@` (or a tab or carriage return) would run as a formula in Excel
// or LibreOffice, so it gets a leading apostrophe, which the spreadsheet
// shows as plain text. Numbers are written as numbers: a negative figure is
// data, not a formula, and a finite number cannot carry one.

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export type CsvValue = string | number | boolean | null;

/** Text as it may safely stand in a spreadsheet cell. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export function toCsvCell(value: CsvValue): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? '1' : '0';
  const text = neutraliseFormula(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsvLine(values: readonly CsvValue[]): string {
  return values.map(toCsvCell).join(',') + '\r\n';
}
