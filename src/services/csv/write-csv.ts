// The one CSV writer, on csv-stringify, for every file a reader opens in a
// spreadsheet: public downloads, the project list, the figure export and the
// import template. It lives among the services because the services write
// CSV themselves (export, project list, template) and views may import
// services but not the other way round; domain stays free of libraries.
//
// Text that a spreadsheet would run as a formula (it starts with = + - @, or
// a tab or carriage return, which some strip first) gets a leading
// apostrophe, so a hostile title stays text; numbers are left alone, since a
// negative figure is data and a finite number cannot carry a formula.
import { stringify } from 'csv-stringify/sync';
import type { Lang } from '../../domain/number-format.js';

export type CsvValue = string | number | boolean | null;

export interface CsvDialect {
  readonly delimiter: ';' | ',';
  readonly decimalComma: boolean;
  /** How true and false are written. */
  readonly booleans: readonly [yes: string, no: string];
}

/** As a spreadsheet in that language expects: Danish `;` and a decimal comma, English `,` and a point. */
export function spreadsheetDialect(lang: Lang, booleans: readonly [yes: string, no: string] = ['1', '0']): CsvDialect {
  return lang === 'da' ? { delimiter: ';', decimalComma: true, booleans } : { delimiter: ',', decimalComma: false, booleans };
}

/** For programs rather than people: commas, points, 1 and 0. */
export const DATA_DIALECT: CsvDialect = { delimiter: ',', decimalComma: false, booleans: ['1', '0'] };

/** Leads every file, so spreadsheets read æ, ø and å as UTF-8. */
export const CSV_BOM = '\uFEFF';

const FORMULA_START = /^[=+\-@\t\r]/;

/** Text as it may safely stand in a spreadsheet cell. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** Records as CSV lines, each ended by CRLF (RFC 4180), with no byte order mark: for a file written in parts. */
export function toCsvLines(records: readonly (readonly CsvValue[])[], dialect: CsvDialect): string {
  return stringify(records as CsvValue[][], {
    delimiter: dialect.delimiter,
    record_delimiter: 'windows',
    // Line breaks anywhere, and spaces at either end (which readers trim), are kept by quoting.
    quoted_match: [/[\r\n]/, /^\s|\s$/],
    cast: {
      string: neutraliseFormula,
      boolean: (value) => neutraliseFormula(value ? dialect.booleans[0] : dialect.booleans[1]),
      // Full precision and no thousands separators: the file is data, not a report.
      number: (value) => (Number.isFinite(value) ? (dialect.decimalComma ? String(value).replace('.', ',') : String(value)) : ''),
    },
  });
}

/** A whole CSV file: byte order mark, heading, records. */
export function toCsvFile(heading: readonly string[], records: readonly (readonly CsvValue[])[], dialect: CsvDialect): string {
  return CSV_BOM + toCsvLines([heading, ...records], dialect);
}
