// Writing CSV that spreadsheets open correctly: Danish files use semicolons
// and a decimal comma (as Danish Excel expects), English files commas and a
// decimal point; both are UTF-8 with a byte-order mark and CRLF line ends.
// A text that a spreadsheet would run as a formula (=, +, -, @) is prefixed
// with an apostrophe, so a hostile title stays text.
import type { Lang } from '../../domain/number-format.js';

export type CsvCell = string | number | boolean | null;

const DELIMITER: Record<Lang, string> = { da: ';', en: ',' };
const FORMULA_START = /^[=+\-@\t\r]/;

function numberCell(value: number, lang: Lang): string {
  // Full precision, no thousands separators: the file is data, not a report.
  const plain = String(value);
  return lang === 'da' ? plain.replace('.', ',') : plain;
}

function textCell(value: string, delimiter: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  const needsQuotes = safe.includes(delimiter) || /["\r\n]/.test(safe) || safe !== safe.trim();
  return needsQuotes ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[], lang: Lang, yesNo: readonly [string, string]): string {
  const delimiter = DELIMITER[lang];
  const cell = (value: CsvCell): string => {
    if (value === null) return '';
    if (typeof value === 'number') return numberCell(value, lang);
    if (typeof value === 'boolean') return textCell(value ? yesNo[0] : yesNo[1], delimiter);
    return textCell(value, delimiter);
  };
  const lines = [header.map((h) => textCell(h, delimiter)).join(delimiter), ...rows.map((row) => row.map(cell).join(delimiter))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
