import { Migrator, sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { migrateToLatest } from '../../src/db/migrate.js';
import { migrations } from '../../src/db/migrations/index.js';
import { ENGINES, createTestDatabase } from '../support/databases.js';
import type { TestDatabase } from '../support/databases.js';

describe.each(ENGINES)('migrations on %s', (engine) => {
  let database: TestDatabase | undefined;
  afterEach(async () => {
    await database?.drop();
    database = undefined;
  });

  it('create every table of the model and are idempotent', async () => {
    database = await createTestDatabase(engine, { migrate: false });
    const applied = await migrateToLatest(database.db);
    expect(applied).toEqual(Object.keys(migrations));
    expect(await migrateToLatest(database.db)).toEqual([]);
    const tables = (await database.db.introspection.getTables()).map((t) => t.name).sort();
    for (const table of ['policies', 'focus_areas', 'goals', 'indicators', 'measurements', 'releases', 'audit_log']) {
      expect(tables).toContain(table);
    }
  });

  it('drop the unused login_lockouts table, and bring it back as it was when undone', async () => {
    database = await createTestDatabase(engine, { migrate: false });
    const { db } = database;
    const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
    const names = Object.keys(migrations);
    const beforeDrop = names[names.indexOf('2026-12-04T1910-drop-login-lockouts') - 1]!;
    const loginLockouts = async () => (await db.introspection.getTables()).find((t) => t.name === 'login_lockouts');

    expect((await migrator.migrateTo(beforeDrop)).error).toBeUndefined();
    const asCreated = await loginLockouts();
    expect(asCreated?.columns.map((c) => c.name)).toEqual(['account', 'locked_until']);

    await migrateToLatest(db);
    expect(await loginLockouts()).toBeUndefined();

    expect((await migrator.migrateTo(beforeDrop)).error).toBeUndefined();
    expect(await loginLockouts()).toEqual(asCreated);
  });

  it('refuse an indicator without a valid direction', async () => {
    database = await createTestDatabase(engine);
    const { db } = database;
    const policy = await db
      .insertInto('policies')
      .values({ code: 'p', title_da: 'P', first_year: 2011, last_year: 2014, state: 'active', default_method: 'direction' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const area = await db
      .insertInto('focus_areas')
      .values({ policy_id: policy.id, number: 1, code: 'a', title_da: 'A' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const goal = await db
      .insertInto('goals')
      .values({ policy_id: policy.id, focus_area_id: area.id, number: 1, code: 'g', title_da: 'G' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const insert = (direction: string) =>
      sql`insert into indicators (policy_id, goal_id, code, title_da, unit, direction)
          values (${policy.id}, ${goal.id}, ${'i-' + direction}, 'I', '%', ${direction})`.execute(db);
    await expect(insert('sideways')).rejects.toThrow();
    await expect(insert('increase')).resolves.toBeDefined();
  });

  it('give indicators English units, backfilled from the Danish units they are known to use, and a group unit left empty', async () => {
    database = await createTestDatabase(engine, { migrate: false });
    const { db } = database;
    const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
    expect((await migrator.migrateTo('2026-11-22T0745-letter-sharing')).error).toBeUndefined();
    const policy = await db
      .insertInto('policies')
      .values({ code: 'p', title_da: 'P', first_year: 2011, last_year: 2014, state: 'active', default_method: 'direction' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const area = await db
      .insertInto('focus_areas')
      .values({ policy_id: policy.id, number: 1, code: 'a', title_da: 'A' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const goal = await db
      .insertInto('goals')
      .values({ policy_id: policy.id, focus_area_id: area.id, number: 1, code: 'g', title_da: 'G' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const units = ['procentpoint', ' Karakterpoint', 'procent', '%', 'Børn', 'kr.', 'år', 'antal', 'personer', 'gram pr. elev'];
    for (const [i, unit] of units.entries()) {
      await sql`insert into indicators (policy_id, goal_id, code, title_da, unit, direction)
                values (${policy.id}, ${goal.id}, ${`i${i}`}, 'I', ${unit}, 'increase')`.execute(db);
    }

    expect(await migrateToLatest(db)).toContain('2026-12-04T1900-indicator-units');
    const rows = await db.selectFrom('indicators').select(['unit', 'unit_en', 'group_unit_da', 'group_unit_en']).orderBy('code').execute();
    expect(rows.map((r) => [r.unit, r.unit_en])).toEqual([
      ['procentpoint', 'percentage points'],
      [' Karakterpoint', 'grade points'],
      ['procent', 'percent'],
      ['%', '%'],
      ['Børn', 'children'],
      ['kr.', 'DKK'],
      ['år', 'years'],
      ['antal', 'number'],
      ['personer', 'people'],
      // A unit nobody knows keeps no English word: readers show the Danish one.
      ['gram pr. elev', null],
    ]);
    expect(rows.every((r) => r.group_unit_da === null && r.group_unit_en === null)).toBe(true);
  });
});
