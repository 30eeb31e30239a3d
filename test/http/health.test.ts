// Liveness and readiness, as a load balancer asks them.
import { describe, expect, it } from 'vitest';
import { buildApp } from '../../src/http/app.js';
import { migrateToLatest } from '../../src/db/migrate.js';
import { ENGINES, createTestDatabase } from '../support/databases.js';

describe.each(ENGINES)('health checks on %s', (engine) => {
  it('is live and ready on a migrated database, never cached', async () => {
    const database = await createTestDatabase(engine);
    const app = await buildApp({ db: database.db });
    const live = await app.inject({ method: 'GET', url: '/healthz' });
    expect(live.json()).toEqual({ status: 'ok' });
    expect(live.headers['cache-control']).toBe('no-store');
    const ready = await app.inject({ method: 'GET', url: '/readyz' });
    expect([ready.statusCode, ready.json()]).toEqual([200, { status: 'ready' }]);
    expect(ready.headers['cache-control']).toBe('no-store');
    await app.close();
    await database.drop();
  });

  it('is live but not ready while migrations are pending, and ready once they ran', async () => {
    const database = await createTestDatabase(engine, { migrate: false });
    const app = await buildApp({ db: database.db });
    expect((await app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
    const pending = await app.inject({ method: 'GET', url: '/readyz' });
    expect(pending.statusCode).toBe(503);
    expect(pending.json()).toMatchObject({ status: 'not_ready', reason: 'migrations_pending' });
    expect(pending.json().pending.length).toBeGreaterThan(0);
    await migrateToLatest(database.db);
    expect((await app.inject({ method: 'GET', url: '/readyz' })).statusCode).toBe(200);
    await app.close();
    await database.drop();
  });

  it('is not ready when the database does not answer', async () => {
    const database = await createTestDatabase(engine);
    const app = await buildApp({ db: database.db });
    await database.close();
    const response = await app.inject({ method: 'GET', url: '/readyz' });
    expect(response.statusCode).toBe(503);
    expect(response.json()).toMatchObject({ status: 'not_ready', reason: 'database_unreachable' });
    expect((await app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
    await app.close();
    await database.drop().catch(() => undefined);
  });
});
