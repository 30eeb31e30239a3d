// The pre-filled template as a file to download: CSV the way Danish Excel
// opens it (`;`, UTF-8 with a byte order mark) or an XLSX workbook. Column
// names are Danish or English; the importer reads both.
import ExcelJS from 'exceljs';
import { TEMPLATE_FIELDS } from '../../importers/barometer-header.js';
import { spreadsheetDialect, toCsvFile } from '../csv/write-csv.js';
import type { TemplateRow } from './templates.js';

const HEADERS = {
  da: ['indikator', 'periode', 'gruppe', 'område', 'værdi', 'flags', 'note'],
  en: [...TEMPLATE_FIELDS],
} as const;

const cells = (row: TemplateRow) => [row.indicator, row.period, row.group, row.area, '', row.flags, row.note];

/** Written the Danish way (`;`) whatever the language of the headings. */
export function templateToCsv(rows: readonly TemplateRow[], lang: 'da' | 'en' = 'da'): string {
  return toCsvFile(HEADERS[lang], rows.map(cells), spreadsheetDialect('da'));
}

export async function templateToXlsx(rows: readonly TemplateRow[], lang: 'da' | 'en' = 'da'): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(lang === 'da' ? 'Tal' : 'Figures');
  sheet.addRow([...HEADERS[lang]]).font = { bold: true };
  // Periods stay text, so Excel does not turn 2013-01 into a date.
  for (const row of rows) sheet.addRow(cells(row)).getCell(2).numFmt = '@';
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  sheet.columns.forEach((column, i) => (column.width = [24, 10, 22, 12, 10, 8, 30][i]));
  return Buffer.from(await book.xlsx.writeBuffer());
}
