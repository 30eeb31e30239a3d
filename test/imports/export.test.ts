import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATA_DIALECT, toCsvLines } from '../../src/services/csv/write-csv.js';
import type { CsvValue } from '../../src/services/csv/write-csv.js';
import { exportPublishedFigures } from '../../src/services/exports/export-figures.js';
import { runImport } from '../../src/services/imports/run-import.js';
import { publishRelease } from '../../src/services/releases/publish.js';
import { ENGINES, createTestDatabase } from '../support/databases.js';
import type { TestDatabase } from '../support/databases.js';
import { seedModel } from './support/seed-model.js';
import { templateSource } from './support/sources.js';
import { commandLineActor } from '../../src/domain/permissions.js';

const ctx = { actor: commandLineActor('secretariat'), now: new Date('2026-05-01T12:00:00Z') };

const toCsvLine = (values: CsvValue[]) => toCsvLines([values], DATA_DIALECT);
const toCsvCell = (value: CsvValue) => toCsvLine([value]).replace(/\r\n$/, '');

describe('CSV cells', () => {
  it('neutralises text that a spreadsheet would run as a formula, and quotes what needs quotes', () => {
    expect(toCsvCell('=HYPERLINK("http://x","klik")')).toBe(`"'=HYPERLINK(""http://x"",""klik"")"`);
    expect(toCsvCell('+45 1234')).toBe("'+45 1234");
    expect(toCsvCell('-2 %')).toBe("'-2 %");
    expect(toCsvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(toCsvCell('\tx')).toBe("'\tx");
    expect(toCsvCell('Nørrebro, Vest')).toBe('"Nørrebro, Vest"');
    expect(toCsvCell('a = b')).toBe('a = b');
    expect(toCsvCell(-3.5)).toBe('-3.5');
    expect(toCsvCell(null)).toBe('');
    expect(toCsvLine([true, false, 'x'])).toBe('1,0,x\r\n');
  });
});

describe.each(ENGINES)('exporting every published figure on %s', (engine) => {
  let database: TestDatabase;
  const dir = mkdtempSync(join(tmpdir(), 'barometer-export-'));
  beforeAll(async () => {
    database = await createTestDatabase(engine);
    await seedModel(database.db);
    // A revision with a formula-like note and a negative figure, published.
    const report = await runImport(
      database.db,
      templateSource([
        'indicator;period;group;value;note',
        'beskaeftigelse;2012;etnisk-minoritet;53,9;=HYPERLINK("http://example.org")',
        'karakterer;2013/14;total;-1,5;@tilbage',
      ]),
      { dryRun: false, note: 'rettelse' },
      ctx,
    );
    await publishRelease(database.db, report.release!.id, { publishedOn: '2013-06-01' }, ctx);
  });
  afterAll(async () => {
    await database.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes CSV with a header row, one row per figure by indicator and period, formulas neutralised', async () => {
    const result = await exportPublishedFigures(database.db, { format: 'csv', outDir: join(dir, engine, 'csv') }, ctx.now);
    expect(result.figures).toBe(8);
    const text = readFileSync(result.file, 'utf8');
    expect(
      text.startsWith(
        '\uFEFFpolicy,indicator,indicator_title_da,indicator_title_en,unit,unit_en,period,group,group_name,area,area_name,value,provisional,estimated,note,published_on,revised\r\n',
      ),
    ).toBe(true);
    const rows = parse(text, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows.map((r) => [r.indicator, r.period, r.group, r.value, r.revised])).toEqual([
      ['beskaeftigelse', '2011', 'etnisk-minoritet', '52', '0'],
      ['beskaeftigelse', '2011', 'dansk-oprindelse', '75', '0'],
      ['beskaeftigelse', '2012', 'etnisk-minoritet', '53.9', '1'],
      ['beskaeftigelse', '2012', 'dansk-oprindelse', '75.2', '0'],
      ['ledighed-kvartal', '2012 Q4', 'total', '6.1', '0'],
      ['karakterer', '2012/13', 'total', '6.8', '0'],
      ['karakterer', '2013/14', 'total', '-1.5', '0'],
      ['ledere', '2012', 'total', '9', '0'],
    ]);
    expect(rows[2]).toMatchObject({
      note: '\'=HYPERLINK("http://example.org")',
      area: 'kbh',
      area_name: 'Københavns Kommune',
      published_on: '2013-06-01',
      group_name: 'Etnisk minoritetsbaggrund',
    });
    expect(rows[6]).toMatchObject({ note: "'@tilbage" });
  });

  it('writes JSON with the same fields, values as numbers and flags as booleans', async () => {
    const result = await exportPublishedFigures(database.db, { format: 'json', outDir: join(dir, engine, 'json') }, ctx.now);
    const json = JSON.parse(readFileSync(result.file, 'utf8')) as { generated_at: string; figures: Record<string, unknown>[] };
    expect(json.generated_at).toBe('2026-05-01T12:00:00.000Z');
    expect(json.figures).toHaveLength(8);
    expect(json.figures[2]).toEqual({
      policy: 'inklusion',
      indicator: 'beskaeftigelse',
      indicator_title_da: 'beskaeftigelse',
      indicator_title_en: null,
      unit: '%',
      // The seed model writes no English unit: readers fall back to the Danish.
      unit_en: null,
      period: '2012',
      group: 'etnisk-minoritet',
      group_name: 'Etnisk minoritetsbaggrund',
      area: 'kbh',
      area_name: 'Københavns Kommune',
      value: 53.9,
      provisional: false,
      estimated: false,
      note: '=HYPERLINK("http://example.org")',
      published_on: '2013-06-01',
      revised: true,
    });
  });
});
