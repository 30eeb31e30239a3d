// PostgreSQL restarted under a running Barometer: during the outage requests
// fail within seconds (no hanging on a dead connection), and once the
// server is back they succeed again without restarting Barometer. The test
// starts a private throwaway server, since the run's shared one serves other
// test files in parallel.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/dialect.js';
import type { DatabaseHandle } from '../../src/db/dialect.js';
import { migrateToLatest } from '../../src/db/migrate.js';
import { commandLineActor } from '../../src/domain/permissions.js';
import { buildApp } from '../../src/http/app.js';
import { loadDemoData } from '../../src/services/demo/load-demo-data.js';
import { readDemoFile } from '../../src/services/demo/read-demo-file.js';
import { startPostgres } from '../support/postgres-server.js';
import type { RunningPostgres } from '../support/postgres-server.js';

const PAGES = ['/', '/politikker/inklusionspolitik-2011-2014/indikatorer/tryghed/', '/readyz'];

describe('a PostgreSQL restart while Barometer runs', () => {
  let server: RunningPostgres;
  let database: DatabaseHandle;
  let app: Awaited<ReturnType<typeof buildApp>>;

  beforeAll(async () => {
    server = await startPostgres();
    database = await openDatabase(server.url);
    await migrateToLatest(database.db);
    await loadDemoData(database.db, await readDemoFile(), {}, { actor: commandLineActor('test'), now: new Date('2026-11-22T10:00:00Z') });
    app = await buildApp({ db: database.db });
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await database?.close();
    await server?.stop();
  });

  it('fails fast while it is down and recovers on its own once it is back', async () => {
    // Every connection of the pool is in use once, so the restart cuts live ones.
    await Promise.all(Array.from({ length: 12 }, (_, i) => app.inject({ url: PAGES[i % PAGES.length]! })));
    for (const url of PAGES) expect((await app.inject({ url })).statusCode).toBe(200);

    await server.shutDown();
    for (const url of PAGES) {
      const started = performance.now();
      const response = await app.inject({ url });
      expect(response.statusCode, url).toBeGreaterThanOrEqual(500);
      expect(performance.now() - started, url).toBeLessThan(5000);
    }

    await server.startAgain();
    const back = performance.now();
    let answered = 0;
    while (performance.now() - back < 10_000) {
      answered = (await app.inject({ url: PAGES[1]! })).statusCode;
      if (answered === 200) break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(answered).toBe(200);
    for (const url of PAGES) expect((await app.inject({ url })).statusCode, url).toBe(200);
  }, 90_000);
});
