import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { readBarometerXlsxFile } from '../../src/importers/barometer-xlsx.js';
import { openSource } from '../../src/importers/open-source.js';
import { collectEvents } from '../../src/importers/source-figure.js';

const dir = mkdtempSync(join(tmpdir(), 'barometer-xlsx-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function workbook(name: string, rows: unknown[][], extraSheet = false): Promise<string> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Tal');
  for (const row of rows) sheet.addRow(row);
  if (extraSheet) book.addWorksheet('Noter').addRow(['indicator', 'period', 'value']);
  const path = join(dir, name);
  await book.xlsx.writeFile(path);
  return path;
}

describe("Barometer's template as XLSX", () => {
  it('reads numbers as numbers, text with decimal commas, months Excel made into dates, and formula results', async () => {
    const path = await workbook(
      'tal.xlsx',
      [
        [],
        ['Indikator', 'Periode', 'Gruppe', 'Område', 'Værdi', 'Flags', 'Note'],
        ['beskaeftigelse', 2013, 'etnisk-minoritet', 'kbh', 54.1, 'p', null],
        ['ledighed', new Date(Date.UTC(2013, 2, 1)), null, null, '5,8', null, { richText: [{ text: 'fra ' }, { text: 'DST' }] }],
        ['ledighed', '2013-04', null, null, { formula: '2+3', result: 5 }, null, null],
      ],
      true,
    );
    const result = await collectEvents(readBarometerXlsxFile(path));
    expect(result.problems).toEqual([]);
    expect(result.figures.map((f) => [f.row, f.indicator, f.period, f.group?.code ?? null, f.value, f.provisional, f.note])).toEqual([
      [3, 'beskaeftigelse', '2013', 'etnisk-minoritet', 54.1, true, null],
      [4, 'ledighed', '2013-03', null, 5.8, false, 'fra DST'],
      [5, 'ledighed', '2013-04', null, 5, false, null],
    ]);
  });

  it('reports cells that are no number, with the row Excel shows', async () => {
    const path = await workbook('fejl.xlsx', [
      ['indicator', 'period', 'value'],
      ['a', 2013, 'mange'],
      ['a', 2014, { formula: '1/0', result: { error: '#DIV/0!' } }],
    ]);
    const result = await collectEvents(readBarometerXlsxFile(path));
    expect(result.problems.map((p) => [p.row, p.column, p.code])).toEqual([
      [2, 'value', 'not_a_number'],
      [3, 'value', 'not_a_number'],
    ]);
  });

  it('is recognised by its content when it was saved under a .csv name', async () => {
    const path = await workbook('tal.xlsx', [
      ['indicator', 'period', 'value'],
      ['a', 2013, 1.5],
    ]);
    copyFileSync(path, join(dir, 'egentlig-xlsx.csv'));
    const source = await openSource({ path: join(dir, 'egentlig-xlsx.csv') });
    expect(source.format).toBe('barometer');
    expect((await collectEvents(source.events)).figures.map((f) => f.value)).toEqual([1.5]);
  });

  it('refuses a workbook with the wrong header, an empty one, and a file that is no workbook', async () => {
    const wrong = await collectEvents(
      readBarometerXlsxFile(
        await workbook('forkert.xlsx', [
          ['navn', 'alder'],
          ['x', 3],
        ]),
      ),
    );
    expect(wrong.problems.map((p) => p.code)).toEqual(['wrong_header']);
    const empty = await collectEvents(readBarometerXlsxFile(await workbook('tom.xlsx', [])));
    expect(empty.problems.map((p) => p.code)).toEqual(['empty_file']);
    const notZip = join(dir, 'tekst.xlsx');
    writeFileSync(notZip, 'indicator;period;value\n');
    const unreadable = await collectEvents(readBarometerXlsxFile(notZip));
    expect(unreadable.problems.map((p) => p.code)).toEqual(['unreadable_file']);
    const missing = await collectEvents(readBarometerXlsxFile(join(dir, 'findes-ikke.xlsx')));
    expect(missing.problems.map((p) => p.code)).toEqual(['unreadable_file']);
  });
});
