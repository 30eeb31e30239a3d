import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listReleaseFigures } from '../../src/db/repositories/releases.js';
import { enterFigure } from '../../src/services/imports/enter-figure.js';
import { createRelease } from '../../src/services/releases/create.js';
import { ENGINES, createTestDatabase } from '../support/databases.js';
import type { TestDatabase } from '../support/databases.js';
import { dumpDatabase } from './support/dump-database.js';
import { seedModel } from './support/seed-model.js';
import { commandLineActor } from '../../src/domain/permissions.js';

const ctx = { actor: commandLineActor('data@buf.kk.dk'), now: new Date('2026-02-10T10:00:00Z') };

describe.each(ENGINES)('one figure from a form on %s', (engine) => {
  let database: TestDatabase;
  let releaseId: number;
  beforeAll(async () => {
    database = await createTestDatabase(engine);
    const model = await seedModel(database.db);
    releaseId = (await createRelease(database.db, { policyId: model.policyId, titleDa: 'Tal for 2013' }, ctx)).id;
  });
  afterAll(() => database.drop());

  it('stages a new figure typed with a decimal comma', async () => {
    const report = await enterFigure(database.db, { releaseId, indicator: 'karakterer', period: '2013/14', value: '7,3', provisional: true }, {}, ctx);
    expect(report.problems).toEqual([]);
    expect(report.committed).toBe(true);
    const staged = await listReleaseFigures(database.db, releaseId);
    expect(staged.map((f) => [f.period, f.value, f.is_provisional, f.created_by])).toEqual([['2013/14', 7.3, 1, 'data@buf.kk.dk']]);
  });

  it('gives the same problems as a file, and changes nothing', async () => {
    const before = await dumpDatabase(database.db, engine);
    const wrong = await enterFigure(database.db, { releaseId, indicator: 'karakterer', period: '2013 Q1', value: '13' }, {}, ctx);
    expect(wrong.problems.map((p) => [p.column, p.code])).toEqual([
      ['period', 'wrong_period_type'],
      ['value', 'out_of_range'],
    ]);
    const notANumber = await enterFigure(database.db, { releaseId, indicator: 'karakterer', period: '2014/15', value: 'syv' }, {}, ctx);
    expect(notANumber.problems.map((p) => [p.column, p.code])).toEqual([['value', 'not_a_number']]);
    expect(await dumpDatabase(database.db, engine)).toBe(before);
  });

  it('asks for a reason before it changes a published figure, and keeps it', async () => {
    const entry = { releaseId, indicator: 'beskaeftigelse', period: '2012', group: 'etnisk-minoritet', value: 53.8 };
    const without = await enterFigure(database.db, entry, {}, ctx);
    expect(without.problems).toEqual([{ row: 1, column: 'reason', code: 'missing_value', message: expect.stringMatching(/say why/) }]);
    expect(without.committed).toBe(false);
    const withReason = await enterFigure(database.db, { ...entry, reason: 'Rettet efter ny opgørelse fra DST' }, {}, ctx);
    expect(withReason.counts).toMatchObject({ changed: 1 });
    const staged = (await listReleaseFigures(database.db, releaseId)).find((f) => f.period === '2012');
    expect(staged).toMatchObject({ value: 53.8, reason: 'Rettet efter ny opgørelse fra DST' });
  });

  it('only checks in a dry run', async () => {
    const before = await dumpDatabase(database.db, engine);
    const report = await enterFigure(database.db, { releaseId, indicator: 'ledere', period: '2013', value: '12' }, { dryRun: true }, ctx);
    expect(report).toMatchObject({ committed: false, counts: { new: 1 } });
    expect(await dumpDatabase(database.db, engine)).toBe(before);
  });
});
