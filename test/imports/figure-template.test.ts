import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFigureTemplate } from '../../src/services/releases/templates.js';
import { importFile } from '../../src/services/imports/import-file.js';
import { templateToCsv, templateToXlsx } from '../../src/services/releases/template-files.js';
import { ENGINES, createTestDatabase } from '../support/databases.js';
import type { TestDatabase } from '../support/databases.js';
import { seedModel } from './support/seed-model.js';
import { commandLineActor } from '../../src/domain/permissions.js';

const ctx = { actor: commandLineActor('data@bif.kk.dk'), now: new Date('2026-01-25T08:00:00Z') };

describe.each(ENGINES)('the pre-filled template on %s', (engine) => {
  let database: TestDatabase;
  const dir = mkdtempSync(join(tmpdir(), 'barometer-template-'));
  beforeAll(async () => {
    database = await createTestDatabase(engine);
    await seedModel(database.db);
  });
  afterAll(async () => {
    await database.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('expects, per indicator of the owner, a row per group for the period after the newest published one', async () => {
    const rows = await buildFigureTemplate(database.db, { administrationCode: 'BIF' });
    expect(rows.map((r) => [r.indicator, r.period, r.group, r.area])).toEqual([
      ['beskaeftigelse', '2013', 'dansk-oprindelse', 'kbh'],
      ['beskaeftigelse', '2013', 'etnisk-minoritet', 'kbh'],
      ['ledighed-kvartal', '2013 Q1', 'total', 'kbh'],
    ]);
    const one = await buildFigureTemplate(database.db, { indicatorCodes: ['karakterer'], period: '2014/15' });
    expect(one.map((r) => [r.indicator, r.period, r.group])).toEqual([['karakterer', '2014/15', 'total']]);
  });

  it('comes back through the importer once filled in, as CSV and as XLSX', async () => {
    const rows = await buildFigureTemplate(database.db, { administrationCode: 'BIF' });
    const csv = templateToCsv(rows);
    expect(csv.split('\r\n')[0]).toBe('\uFEFFindikator;periode;gruppe;område;værdi;flags;note');
    const filled = csv.replace('2013;dansk-oprindelse;kbh;', '2013;dansk-oprindelse;kbh;76,1').replace('2013 Q1;total;kbh;', '2013 Q1;total;kbh;5,9');
    writeFileSync(join(dir, 'bif.csv'), filled);
    const report = await importFile(database.db, join(dir, 'bif.csv'), { dryRun: true }, ctx);
    expect(report.problems).toEqual([]);
    expect(report.counts).toMatchObject({ new: 2, skipped: 1 });

    writeFileSync(join(dir, 'bif.xlsx'), await templateToXlsx(rows, 'en'));
    const unfilled = await importFile(database.db, join(dir, 'bif.xlsx'), { dryRun: true }, ctx);
    expect(unfilled.counts).toMatchObject({ figures: 0, skipped: 3 });
    expect(unfilled.problems.map((p) => p.code)).toEqual(['empty_file']);
  });
});
