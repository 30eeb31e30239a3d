// Publishing a release applies its figures as the service promises: new
// figures become measurements, changed ones are revised with the old value
// kept in the history (and in the staged figure's replaced value), unchanged
// ones are left alone, a revision without a reason is refused with nothing
// changed; and a release of 10,000 figures (1,000 of them revisions)
// publishes exactly so, with the time it takes printed for comparison.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { upsertReleaseFigureBatch } from '../../src/db/repositories/figures-batch.js';
import type { StagedFigureValues } from '../../src/db/repositories/figures-batch.js';
import { Invalid } from '../../src/services/errors.js';
import { createRelease } from '../../src/services/releases/create.js';
import { publishRelease } from '../../src/services/releases/publish.js';
import { stageFigures } from '../../src/services/releases/stage.js';
import { ENGINES, createTestDatabase } from '../support/databases.js';
import type { TestDatabase } from '../support/databases.js';
import { dumpDatabase } from '../imports/support/dump-database.js';
import { seedModel } from '../imports/support/seed-model.js';
import type { SeededModel } from '../imports/support/seed-model.js';
import { commandLineActor } from '../../src/domain/permissions.js';

const ctx = { actor: commandLineActor('analyst@kk.dk'), now: new Date('2026-02-01T12:00:00Z') };

describe.each(ENGINES)('publishing a release on %s', (engine) => {
  let database: TestDatabase;
  let model: SeededModel;
  beforeAll(async () => {
    database = await createTestDatabase(engine);
    model = await seedModel(database.db);
  });
  afterAll(() => database.drop());

  const measurement = (indicatorId: number, period: string, groupId: number) =>
    database.db
      .selectFrom('measurements')
      .selectAll()
      .where('indicator_id', '=', indicatorId)
      .where('period', '=', period)
      .where('group_id', '=', groupId)
      .executeTakeFirstOrThrow();

  it('refuses a revision without a reason and changes nothing', async () => {
    const release = await createRelease(database.db, { policyId: model.policyId, titleDa: 'Uden grund' }, ctx);
    const { employment } = model.indicators;
    await stageFigures(
      database.db,
      release.id,
      [
        { indicatorId: employment, period: '2013', groupId: model.groups.minority, areaId: model.areas.kbh, value: 54 },
        { indicatorId: employment, period: '2012', groupId: model.groups.minority, areaId: model.areas.kbh, value: 53.9 },
      ],
      ctx,
    );
    const before = await dumpDatabase(database.db, engine);
    await expect(publishRelease(database.db, release.id, {}, ctx)).rejects.toBeInstanceOf(Invalid);
    expect(await dumpDatabase(database.db, engine)).toBe(before);
  });

  it('adds new figures, revises changed ones keeping their history, and leaves unchanged ones', async () => {
    const release = await createRelease(database.db, { policyId: model.policyId, titleDa: 'Blandet' }, ctx);
    const { employment, leaders } = model.indicators;
    const { minority, danish, total } = model.groups;
    const kbh = model.areas.kbh;
    await stageFigures(
      database.db,
      release.id,
      [
        { indicatorId: employment, period: '2013', groupId: minority, areaId: kbh, value: 54.2 },
        { indicatorId: employment, period: '2012', groupId: minority, areaId: kbh, value: 53.9, reason: 'Endelige tal' },
        { indicatorId: employment, period: '2012', groupId: danish, areaId: kbh, value: 75.2 },
        { indicatorId: leaders, period: '2012', groupId: total, areaId: kbh, value: 9, provisional: true, reason: 'Foreløbigt' },
      ],
      ctx,
    );
    const oldLeaders = await measurement(leaders, '2012', total);
    const result = await publishRelease(database.db, release.id, { publishedOn: '2014-01-20' }, ctx);
    expect({ added: result.added, revised: result.revised }).toEqual({ added: 1, revised: 2 });

    expect(await measurement(employment, '2013', minority)).toMatchObject({ value: 54.2, release_id: release.id, updated_by: ctx.actor.label });
    const revised = await measurement(employment, '2012', minority);
    expect(revised).toMatchObject({ value: 53.9, release_id: release.id });
    const history = await database.db.selectFrom('measurement_history').selectAll().where('measurement_id', '=', revised.id).execute();
    expect(history).toMatchObject([
      { value: 53.5, release_id: model.releaseId, replaced_by_release_id: release.id, reason: 'Endelige tal', replaced_by: ctx.actor.label },
    ]);
    expect(await measurement(employment, '2012', danish)).toMatchObject({ value: 75.2, release_id: model.releaseId });
    expect(await measurement(leaders, '2012', total)).toMatchObject({ value: 9, is_provisional: 1, release_id: release.id });
    const leadersHistory = await database.db.selectFrom('measurement_history').selectAll().where('measurement_id', '=', oldLeaders.id).execute();
    expect(leadersHistory).toMatchObject([{ value: 9, is_provisional: 0, reason: 'Foreløbigt' }]);
    const staged = await database.db
      .selectFrom('release_figures')
      .select(['period', 'group_id', 'replaced_value'])
      .where('release_id', '=', release.id)
      .orderBy('id')
      .execute();
    expect(staged.map((s) => s.replaced_value)).toEqual([null, 53.5, null, 9]);
  });

  it('publishes 10,000 figures, 1,000 of them revisions, exactly', async () => {
    const indicatorIds = Object.values(model.indicators);
    const kbh = model.areas.kbh;
    const keys: { indicator_id: number; period: string; period_sort: number }[] = [];
    for (let year = 3000; keys.length < 10_000; year++)
      for (const indicator_id of indicatorIds) if (keys.length < 10_000) keys.push({ indicator_id, period: String(year), period_sort: year * 10_000 });
    const staged = (values: (i: number) => number, reason: string | null, count: number): StagedFigureValues[] =>
      keys
        .slice(0, count)
        .map((key, i) => ({ ...key, group_id: model.groups.total, area_id: kbh, value: values(i), is_provisional: 0, is_estimated: 0, note: null, reason }));
    const stage = async (title: string, figures: StagedFigureValues[]) => {
      const release = await createRelease(database.db, { policyId: model.policyId, titleDa: title }, ctx);
      for (let i = 0; i < figures.length; i += 1000) {
        await upsertReleaseFigureBatch(database.db, {
          releaseId: release.id,
          createdAt: ctx.now.toISOString(),
          createdBy: ctx.actor.label,
          figures: figures.slice(i, i + 1000),
        });
      }
      return release.id;
    };
    await publishRelease(
      database.db,
      await stage(
        'Første 1.000',
        staged((i) => i, null, 1000),
      ),
      {},
      ctx,
    );
    const big = await stage(
      '10.000',
      staged((i) => (i < 1000 ? i + 0.5 : i), 'Rettet', 10_000),
    );
    const started = performance.now();
    const result = await publishRelease(database.db, big, {}, ctx);
    const ms = performance.now() - started;
    console.log(`publishRelease of 10,000 figures (1,000 revisions) on ${engine}: ${ms.toFixed(0)} ms`);
    expect({ added: result.added, revised: result.revised }).toEqual({ added: 9000, revised: 1000 });
    const history = await database.db
      .selectFrom('measurement_history')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('replaced_by_release_id', '=', big)
      .executeTakeFirstOrThrow();
    expect(Number(history.n)).toBe(1000);
    const sample = await database.db
      .selectFrom('measurements')
      .select('value')
      .where('release_id', '=', big)
      .where('period', '=', keys[999]!.period)
      .where('indicator_id', '=', keys[999]!.indicator_id)
      .executeTakeFirstOrThrow();
    expect(sample.value).toBe(999.5);
    const replaced = await database.db
      .selectFrom('release_figures')
      .select('replaced_value')
      .where('release_id', '=', big)
      .where('period', '=', keys[999]!.period)
      .where('indicator_id', '=', keys[999]!.indicator_id)
      .executeTakeFirstOrThrow();
    expect(replaced.replaced_value).toBe(999);
  }, 120_000);
});
