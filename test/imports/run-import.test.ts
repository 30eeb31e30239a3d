import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAuditEntries } from '../../src/db/repositories/audit.js';
import { listMeasurementHistory } from '../../src/db/repositories/measurements.js';
import { listReleaseFigures } from '../../src/db/repositories/releases.js';
import { Conflict } from '../../src/services/errors.js';
import { ImportRejected, runImport } from '../../src/services/imports/run-import.js';
import { createRelease } from '../../src/services/releases/create.js';
import { publishRelease } from '../../src/services/releases/publish.js';
import { ENGINES, createTestDatabase } from '../support/databases.js';
import type { TestDatabase } from '../support/databases.js';
import { dumpDatabase } from './support/dump-database.js';
import { seedModel } from './support/seed-model.js';
import type { SeededModel } from './support/seed-model.js';
import { templateSource } from './support/sources.js';
import { commandLineActor } from '../../src/domain/permissions.js';

const ctx = { actor: commandLineActor('analyst@kk.dk'), now: new Date('2026-02-01T12:00:00Z') };
const HEADER = 'indikator;periode;gruppe;område;værdi;flags;note';

// 2013 is new, 2012 for the minority changes 53,5 to 53,9, 2011 for Danish origin is as published.
const MIXED = [
  HEADER,
  'beskaeftigelse;2013;etnisk-minoritet;kbh;54,1;p;',
  'beskaeftigelse;2013;dansk-oprindelse;;75,9;p;',
  'beskaeftigelse;2012;etnisk-minoritet;kbh;53,9;;endelige tal',
  'beskaeftigelse;2011;dansk-oprindelse;kbh;75;;',
  'ledighed-kvartal;2013K1;;;5,8;;',
];

// One database per engine; the one test that publishes comes last, as the
// others compare against the figures the seed published.
describe.each(ENGINES)('importing figures on %s', (engine) => {
  let database: TestDatabase;
  let model: SeededModel;
  beforeAll(async () => {
    database = await createTestDatabase(engine);
    model = await seedModel(database.db);
  });
  afterAll(() => database.drop());

  it('previews new, changed and unchanged figures in a dry run and writes nothing', async () => {
    const before = await dumpDatabase(database.db, engine);
    const report = await runImport(database.db, templateSource(MIXED), { dryRun: true }, ctx);
    expect(report.problems).toEqual([]);
    expect(report.counts).toEqual({ figures: 5, new: 3, changed: 1, unchanged: 1, skipped: 0 });
    expect(report.changed).toEqual([
      {
        row: 4,
        indicator: 'beskaeftigelse',
        period: '2012',
        group: 'etnisk-minoritet',
        area: 'kbh',
        value: 53.9,
        provisional: false,
        estimated: false,
        published: 53.5,
        change: 'changed',
      },
    ]);
    expect(report.sample.map((f) => [f.period, f.area, f.change])).toEqual([
      ['2013', 'kbh', 'new'],
      ['2013', 'kbh', 'new'],
      ['2012', 'kbh', 'changed'],
      ['2011', 'kbh', 'unchanged'],
      ['2013 Q1', 'kbh', 'new'],
    ]);
    expect(report).toMatchObject({ dryRun: true, committed: false, release: null });
    expect(await dumpDatabase(database.db, engine)).toBe(before);
  });

  it('lets a later file in the same draft take back a figure it had staged', async () => {
    const draft = await createRelease(database.db, { policyId: model.policyId, titleDa: 'Tal for 2013' }, ctx);
    await runImport(
      database.db,
      templateSource([HEADER, 'beskaeftigelse;2012;etnisk-minoritet;kbh;60;;', 'ledere;2013;;;10;;']),
      { dryRun: false, releaseId: draft.id },
      ctx,
    );
    expect(await listReleaseFigures(database.db, draft.id)).toHaveLength(2);
    const again = await runImport(
      database.db,
      templateSource([HEADER, 'beskaeftigelse;2012;etnisk-minoritet;kbh;53,5;;']),
      { dryRun: false, releaseId: draft.id },
      ctx,
    );
    expect(again.counts).toMatchObject({ unchanged: 1 });
    expect((await listReleaseFigures(database.db, draft.id)).map((f) => f.period)).toEqual(['2013']);
  });

  it('changes nothing when one row of many is wrong, and reports every problem', async () => {
    const before = await dumpDatabase(database.db, engine);
    const lines = [...MIXED, 'beskaeftigelse;2013;ukendt-gruppe;kbh;12;;', 'beskaeftigelse;2014;etnisk-minoritet;kbh;140;;'];
    const report = await runImport(database.db, templateSource(lines), { dryRun: false }, ctx);
    expect(report.committed).toBe(false);
    expect(report.release).toBeNull();
    expect(report.problems.map((p) => [p.row, p.column, p.code])).toEqual([
      [7, 'gruppe', 'unknown_group'],
      [8, 'værdi', 'out_of_range'],
    ]);
    expect(await dumpDatabase(database.db, engine)).toBe(before);
  });

  it('keeps the first problems and counts them all', async () => {
    const lines = [HEADER, ...Array.from({ length: 30 }, (_, i) => `nope;${2000 + i};;;1;;`)];
    const report = await runImport(database.db, templateSource(lines), { dryRun: true, problemLimit: 5 }, ctx);
    expect(report.problems).toHaveLength(5);
    expect(report.problemCount).toBe(30);
  });

  it('refuses a published release as the target', async () => {
    const before = await dumpDatabase(database.db, engine);
    await expect(runImport(database.db, templateSource(MIXED), { dryRun: false, releaseId: model.releaseId }, ctx)).rejects.toBeInstanceOf(Conflict);
    await expect(runImport(database.db, templateSource(MIXED), { dryRun: true, releaseId: model.releaseId }, ctx)).rejects.toBeInstanceOf(Conflict);
    expect(await dumpDatabase(database.db, engine)).toBe(before);
  });

  it("rolls back the caller's transaction when it imports inside one", async () => {
    const before = await dumpDatabase(database.db, engine);
    const attempt = database.db.transaction().execute(async (trx) => {
      await createRelease(trx, { policyId: model.policyId, titleDa: 'Med i samme transaktion' }, ctx);
      return runImport(trx, templateSource([HEADER, 'beskaeftigelse;2013;ukendt;kbh;1;;']), { dryRun: false }, ctx);
    });
    await expect(attempt).rejects.toBeInstanceOf(ImportRejected);
    expect(await dumpDatabase(database.db, engine)).toBe(before);
  });

  it('reports a file with only a header, or only empty values, as empty', async () => {
    const headerOnly = await runImport(database.db, templateSource([HEADER]), { dryRun: true }, ctx);
    expect(headerOnly.problems.map((p) => p.code)).toEqual(['empty_file']);
    const blanks = await runImport(database.db, templateSource([HEADER, 'beskaeftigelse;2013;etnisk-minoritet;kbh;;;']), { dryRun: true }, ctx);
    expect(blanks.counts.skipped).toBe(1);
    expect(blanks.problems.map((p) => p.code)).toEqual(['empty_file']);
  });

  it('stages new and changed figures in a new draft with an audit row, and publishing keeps the old value with the reason', async () => {
    const report = await runImport(database.db, templateSource(MIXED, 'januar.csv'), { dryRun: false, note: 'endelige tal fra DST' }, ctx);
    expect(report.problems).toEqual([]);
    expect(report.committed).toBe(true);
    const staged = await listReleaseFigures(database.db, report.release!.id);
    expect(staged.map((f) => [f.period, f.value, f.is_provisional, f.reason])).toEqual([
      ['2013', 54.1, 1, null],
      ['2013', 75.9, 1, null],
      ['2012', 53.9, 0, 'Import of januar.csv: endelige tal fra DST'],
      ['2013 Q1', 5.8, 0, null],
    ]);
    const audit = await listAuditEntries(database.db, { entity: 'release' });
    expect(audit.find((a) => a.action === 'import' && a.entity_id === String(report.release!.id))).toMatchObject({
      actor: commandLineActor('analyst@kk.dk').label,
    });

    await publishRelease(database.db, report.release!.id, {}, ctx);
    const revised = await database.db
      .selectFrom('measurements')
      .select(['id', 'value', 'note'])
      .where('indicator_id', '=', model.indicators.employment)
      .where('period', '=', '2012')
      .where('group_id', '=', model.groups.minority)
      .executeTakeFirstOrThrow();
    expect(revised).toMatchObject({ value: 53.9, note: 'endelige tal' });
    const history = await listMeasurementHistory(database.db, revised.id);
    expect(history).toMatchObject([
      { value: 53.5, release_id: model.releaseId, reason: 'Import of januar.csv: endelige tal fra DST', replaced_by: 'analyst@kk.dk' },
    ]);
  });
});
