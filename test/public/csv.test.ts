// CSV that spreadsheets read correctly in both languages, and that keeps a
// text looking like a formula as text.
import { describe, expect, it } from 'vitest';
import { spreadsheetDialect, toCsvFile } from '../../src/services/csv/write-csv.js';
import type { CsvValue } from '../../src/services/csv/write-csv.js';
import type { Lang } from '../../src/domain/number-format.js';

const toCsv = (header: string[], rows: CsvValue[][], lang: Lang, yesNo: [string, string]) => toCsvFile(header, rows, spreadsheetDialect(lang, yesNo));

describe('CSV for spreadsheets', () => {
  it('writes Danish with semicolons and decimal commas, English with commas and points, both with BOM and CRLF', () => {
    expect(toCsv(['A', 'B'], [[1234.5, true]], 'da', ['ja', 'nej'])).toBe('\uFEFFA;B\r\n1234,5;ja\r\n');
    expect(toCsv(['A', 'B'], [[-0.25, false]], 'en', ['yes', 'no'])).toBe('\uFEFFA,B\r\n-0.25,no\r\n');
  });

  it('quotes text with the delimiter, quotes, line breaks or edge spaces, and leaves empty cells empty', () => {
    expect(toCsv(['x'], [['a;b'], ['say "hi"'], ['two\nlines'], [' padded'], [null]], 'da', ['ja', 'nej'])).toBe(
      '\uFEFFx\r\n"a;b"\r\n"say ""hi"""\r\n"two\nlines"\r\n" padded"\r\n\r\n',
    );
    expect(toCsv(['x'], [['a;b']], 'en', ['yes', 'no'])).toBe('\uFEFFx\r\na;b\r\n');
  });

  it('puts an apostrophe before text a spreadsheet would run as a formula, but not before numbers', () => {
    const csv = toCsv(['x'], [['=SUM(A1)'], ['+1'], ['-x'], ['@cmd'], [-3]], 'en', ['yes', 'no']);
    expect(csv).toBe("\uFEFFx\r\n'=SUM(A1)\r\n'+1\r\n'-x\r\n'@cmd\r\n-3\r\n");
  });
});
