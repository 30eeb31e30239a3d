// Two Barometer instances on one PostgreSQL database, sharing nothing but
// the database (two pools, two public response caches): a release published
// through one shows through the other on its very next request.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/dialect.js';
import type { DatabaseHandle } from '../../src/db/dialect.js';
import { commandLineActor } from '../../src/domain/permissions.js';
import { buildApp } from '../../src/http/app.js';
import { loadDemoData } from '../../src/services/demo/load-demo-data.js';
import { readDemoFile } from '../../src/services/demo/read-demo-file.js';
import { createTestDatabase } from '../support/databases.js';
import type { TestDatabase } from '../support/databases.js';
import { publishSafetyFigure } from './publish-figures.js';

const PAGE = '/politikker/inklusionspolitik-2011-2014/indikatorer/tryghed/';

describe('two instances on one PostgreSQL', () => {
  let database: TestDatabase;
  let secondPool: DatabaseHandle;
  let first: Awaited<ReturnType<typeof buildApp>>;
  let second: Awaited<ReturnType<typeof buildApp>>;

  beforeAll(async () => {
    database = await createTestDatabase('postgres');
    await loadDemoData(database.db, await readDemoFile(), {}, { actor: commandLineActor('test'), now: new Date('2026-11-22T10:00:00Z') });
    secondPool = await openDatabase(database.url);
    first = await buildApp({ db: database.db });
    second = await buildApp({ db: secondPool.db });
  });
  afterAll(async () => {
    await first?.close();
    await second?.close();
    await secondPool?.close();
    await database?.drop();
  });

  it('shows a release published through one on the next request to the other', async () => {
    // Both have the page in their cache.
    for (const app of [first, second]) expect((await app.inject({ url: PAGE })).statusCode).toBe(200);
    const before = (await second.inject({ url: PAGE })).body;
    expect(before).not.toContain('87,6');

    await publishSafetyFigure(database.db, '2013', '87,6');
    expect((await first.inject({ url: PAGE })).body).toContain('87,6');
    expect((await second.inject({ url: PAGE })).body).toContain('87,6');
  });
});
