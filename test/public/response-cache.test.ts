// The response cache: one render per address and data version, shared by
// requests that arrive together; failures and 304s handled. On SQLite: the
// cache is engine-neutral, and the data version is tested on both engines
// by caching.test.ts.
import Fastify from 'fastify';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordAudit } from '../../src/db/repositories/audit.js';
import { registerErrorHandler } from '../../src/http/error-handler.js';
import { createResponseCache } from '../../src/http/routes/public/response-cache.js';
import type { ResponseCacheOptions } from '../../src/http/routes/public/response-cache.js';
import { NotFound } from '../../src/services/errors.js';
import { createTestDatabase } from '../support/databases.js';
import type { TestDatabase } from '../support/databases.js';

describe('the response cache', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase('sqlite');
  });
  afterAll(() => database.drop());

  async function appWith(options: ResponseCacheOptions = {}): Promise<{ app: FastifyInstance; renders: () => number }> {
    let renders = 0;
    const app = Fastify();
    registerErrorHandler(app);
    const cache = createResponseCache(database.db, options);
    app.get('/page/:n', cache.handler(async (request) => {
      renders += 1;
      const n = (request.params as { n: string }).n;
      if (n === 'missing') throw new NotFound('error.noSuchPage');
      await new Promise((resolve) => setTimeout(resolve, 5));
      return { type: 'text/html; charset=utf-8', body: `page ${n} render ${renders} ${'x'.repeat(2000)}` };
    }));
    return { app, renders: () => renders };
  }
  const touch = () => recordAudit(database.db, { at: new Date().toISOString(), actor: 'test', action: 'update', entity: 'thing' });

  it('renders a page once per data version, however many ask for it at once', async () => {
    const { app, renders } = await appWith();
    const bodies = await Promise.all([1, 2, 3].map(() => app.inject({ url: '/page/1' })));
    expect(new Set(bodies.map((b) => b.body)).size).toBe(1);
    expect(renders()).toBe(1);
    await app.inject({ url: '/page/1?ignored=query' });
    expect(renders()).toBe(1);
    await touch();
    expect((await app.inject({ url: '/page/1' })).body).toContain('render 2');
  });

  it('does not keep a failed render, and keeps no more entries than allowed', async () => {
    const { app, renders } = await appWith({ maxEntries: 2 });
    expect((await app.inject({ url: '/page/missing' })).statusCode).toBe(404);
    expect((await app.inject({ url: '/page/missing' })).statusCode).toBe(404);
    expect(renders()).toBe(2);
    for (const n of [1, 2, 3, 1]) await app.inject({ url: `/page/${n}` });
    // 1 was pushed out by 3 and made again.
    expect(renders()).toBe(2 + 4);
  });

  it('renders every time when disabled, and answers If-None-Match with 304 either way', async () => {
    const { app, renders } = await appWith({ enabled: false });
    const first = await app.inject({ url: '/page/9' });
    const second = await app.inject({ url: '/page/9', headers: { 'if-none-match': String(first.headers.etag) } });
    expect(renders()).toBe(2);
    expect(second.statusCode).toBe(200);
    expect(second.headers.etag).not.toBe(first.headers.etag);
    const { app: cached } = await appWith();
    const page = await cached.inject({ url: '/page/9' });
    expect((await cached.inject({ url: '/page/9', headers: { 'if-none-match': `"x", ${String(page.headers.etag)}` } })).statusCode).toBe(304);
    expect((await cached.inject({ url: '/page/9', headers: { 'accept-encoding': 'br;q=0, gzip;q=0.5' } })).headers['content-encoding']).toBe('gzip');
  });
});
