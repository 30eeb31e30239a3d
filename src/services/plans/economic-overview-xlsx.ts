// The economic overview as an XLSX workbook: a first sheet with each
// committee's total per year and the city's total, then one sheet per
// committee with its initiatives. Totals are SUM formulas (with their value
// stored too), and the first sheet's committee rows point at the committee
// sheets, so a workbook edited in a spreadsheet still adds up.
import ExcelJS from 'exceljs';
import type { Lang } from '../../domain/number-format.js';
import { pick, translator } from '../../i18n/index.js';
import type { CommitteeEconomy, EconomicOverview } from './economic-overview.js';

const AMOUNT_FORMAT = '#,##0';
/** The row of column headings on every sheet; the rows above hold the title. */
const HEADING_ROW = 4;

function columnLetter(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** Excel refuses []:*?/\ in sheet names and more than 31 characters. */
function sheetName(text: string): string {
  return text.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31);
}

const sumOf = (column: string, from: number, to: number, result: number) => (to < from ? 0 : { formula: `SUM(${column}${from}:${column}${to})`, result });

function writeCommitteeSheet(workbook: ExcelJS.Workbook, overview: EconomicOverview, economy: CommitteeEconomy, lang: Lang) {
  const t = translator(lang);
  const sheet = workbook.addWorksheet(sheetName(economy.committee.code));
  sheet.getCell('A1').value = pick(lang, economy.committee.name.da, economy.committee.name.en);
  sheet.getCell('A1').font = { bold: true, size: 14 };
  sheet.getCell('A2').value = `${economy.title} (version ${economy.versionNumber})`;
  const firstAmount = 4; // after initiative, owner, result target
  const totalColumn = firstAmount + overview.years.length;
  const heading = sheet.getRow(HEADING_ROW);
  heading.values = [t('economy.initiative'), t('economy.owner'), t('economy.resultTarget'), ...overview.years, t('economy.total')];
  heading.font = { bold: true };
  economy.initiatives.forEach((initiative, i) => {
    const row = sheet.getRow(HEADING_ROW + 1 + i);
    row.values = [initiative.title, initiative.owner ?? '', initiative.resultTarget, ...initiative.amountsByYear];
    const from = columnLetter(firstAmount);
    const to = columnLetter(totalColumn - 1);
    row.getCell(totalColumn).value = overview.years.length ? { formula: `SUM(${from}${row.number}:${to}${row.number})`, result: initiative.total } : 0;
  });
  const totalRow = sheet.getRow(HEADING_ROW + 1 + economy.initiatives.length);
  totalRow.getCell(1).value = t('economy.total');
  totalRow.font = { bold: true };
  const lastInitiativeRow = totalRow.number - 1;
  overview.years.forEach((_, i) => {
    totalRow.getCell(firstAmount + i).value = sumOf(columnLetter(firstAmount + i), HEADING_ROW + 1, lastInitiativeRow, economy.totalsByYear[i]!);
  });
  totalRow.getCell(totalColumn).value = sumOf(columnLetter(totalColumn), HEADING_ROW + 1, lastInitiativeRow, economy.total);
  for (let c = firstAmount; c <= totalColumn; c++) sheet.getColumn(c).numFmt = AMOUNT_FORMAT;
  sheet.getColumn(1).width = 40;
  sheet.getColumn(3).width = 50;
  return { name: sheet.name, totalRow: totalRow.number, firstAmount };
}

export async function economicOverviewToXlsx(overview: EconomicOverview, lang: Lang): Promise<Buffer> {
  const t = translator(lang);
  const workbook = new ExcelJS.Workbook();
  const summary = workbook.addWorksheet(sheetName(t('economy.overview')));
  summary.getCell('A1').value = t('economy.sheetTitle', { year: overview.planYear });
  summary.getCell('A1').font = { bold: true, size: 14 };
  summary.getCell('A2').value = t('economy.amountsNote');
  const heading = summary.getRow(HEADING_ROW);
  heading.values = [t('economy.committee'), ...overview.years, t('economy.total')];
  heading.font = { bold: true };
  const totalColumn = 2 + overview.years.length;
  overview.committees.forEach((economy, i) => {
    const target = writeCommitteeSheet(workbook, overview, economy, lang);
    const row = summary.getRow(HEADING_ROW + 1 + i);
    row.getCell(1).value = pick(lang, economy.committee.name.da, economy.committee.name.en);
    [...economy.totalsByYear, economy.total].forEach((result, y) => {
      const cell = `${columnLetter(target.firstAmount + y)}${target.totalRow}`;
      row.getCell(2 + y).value = { formula: `'${target.name}'!${cell}`, result };
    });
  });
  const totalRow = summary.getRow(HEADING_ROW + 1 + overview.committees.length);
  totalRow.getCell(1).value = t('economy.total');
  totalRow.font = { bold: true };
  [...overview.totalsByYear, overview.total].forEach((result, y) => {
    totalRow.getCell(2 + y).value = sumOf(columnLetter(2 + y), HEADING_ROW + 1, totalRow.number - 1, result);
  });
  for (let c = 2; c <= totalColumn; c++) summary.getColumn(c).numFmt = AMOUNT_FORMAT;
  summary.getColumn(1).width = 45;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
