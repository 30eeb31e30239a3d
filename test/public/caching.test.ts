// Caching of the public site: ETags and 304, Cache-Control, compression made
// once per response, and no stale page: a release published through the
// service, or a changed setting, shows on the very next request. The
// caching stays inside the public site's plugins. On both engines.
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findPolicyByCode } from '../../src/db/repositories/policies.js';
import { createRelease } from '../../src/services/releases/create.js';
import { publishRelease } from '../../src/services/releases/publish.js';
import { stageFigures } from '../../src/services/releases/stage.js';
import { updateSiteSettings } from '../../src/services/site-settings.js';
import { ENGINES } from '../support/databases.js';
import { CURRENT, buildPublicApp, startPublicApp } from './public-app.js';
import type { PublicApp } from './public-app.js';
import { commandLineActor } from '../../src/domain/permissions.js';
import { loginWithPassword } from '../../src/services/accounts/password-login.js';
import { readPublicDataVersion } from '../../src/services/public/data-version.js';
import { TEST_HASHING } from '../admin/support/accounts-app.js';

describe.each(ENGINES)('caching of the public site on %s', (engine) => {
  let site: PublicApp;
  const get = (url: string, headers: Record<string, string> = {}) => site.app.inject({ method: 'GET', url, headers });
  beforeAll(async () => {
    site = await startPublicApp(engine);
  });
  afterAll(() => site.close());

  it('sends an ETag and answers 304 when the browser already has the page', async () => {
    const first = await get('/');
    expect(first.statusCode).toBe(200);
    expect(first.headers.etag).toMatch(/^W\/"[\w-]{27}"$/);
    expect(first.headers['cache-control']).toBe('public, no-cache');
    expect(first.headers.vary).toBe('Accept-Encoding');
    const again = await get('/', { 'if-none-match': String(first.headers.etag) });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    expect((await get('/', { 'if-none-match': 'W/"something-else"' })).statusCode).toBe(200);
  });

  it('sends brotli or gzip when asked, each the same page', async () => {
    const plain = await get('/en/');
    const br = await get('/en/', { 'accept-encoding': 'gzip, deflate, br' });
    const gzip = await get('/en/', { 'accept-encoding': 'gzip' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(plain.body);
    expect(gunzipSync(gzip.rawPayload).toString()).toBe(plain.body);
    expect(br.rawPayload.length).toBeLessThan(plain.rawPayload.length / 4);
    expect(br.headers.etag).toBe(plain.headers.etag);
  });

  it('shows a release published through the service on the very next request', async () => {
    const before = await get('/');
    expect(before.body).not.toContain('Nye tal januar 2014');
    const policy = (await findPolicyByCode(site.database.db, CURRENT))!;
    const tryghed = (await site.database.db.selectFrom('indicators').select(['id', 'default_area_id']).where('code', '=', 'tryghed').executeTakeFirstOrThrow());
    const total = await site.database.db.selectFrom('groups').select('id').where('code', '=', 'total').executeTakeFirstOrThrow();
    const ctx = { actor: commandLineActor('test'), now: new Date('2026-11-23T09:00:00Z') };
    const release = await createRelease(site.database.db, { policyId: policy.id, titleDa: 'Nye tal januar 2014', titleEn: 'New figures, January 2014' }, ctx);
    await stageFigures(site.database.db, release.id, [{ indicatorId: tryghed.id, period: '2013', groupId: total.id, areaId: tryghed.default_area_id!, value: 81.5 }], ctx);
    await publishRelease(site.database.db, release.id, { publishedOn: '2014-01-20' }, ctx);

    const after = await get('/', { 'if-none-match': String(before.headers.etag) });
    expect(after.statusCode).toBe(200);
    expect(after.body).toContain('Nye tal januar 2014');
    expect(after.body).toContain('Nye tal for 1 af 15 indikatorer.');
    const indicator = await get(`/en/policies/${CURRENT}/indicators/tryghed/`);
    expect(indicator.body).toContain('Target reached');
    expect(indicator.body).toContain('81.5%');
  });

  it('shows a changed setting at once: the accessibility statement link in the footer', async () => {
    expect((await get('/metode/')).body).not.toContain('Tilgængelighedserklæring');
    await updateSiteSettings(site.database.db, { accessibility_statement_url: 'https://www.was.digst.dk/kk-barometer' }, { actor: commandLineActor('test'), now: new Date() });
    const html = (await get('/metode/')).body;
    expect(html).toContain('<a href="https://www.was.digst.dk/kk-barometer" lang="da">Tilgængelighedserklæring</a>');
  });

  it('keeps its pages through failed sign-ins and a lockout, which change nothing public, and drops them on a publish', async () => {
    const page = await get('/');
    const version = await readPublicDataVersion(site.database.db);
    const auditRows = async () => Number((await site.database.db.selectFrom('audit_log').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    const rowsBefore = await auditRows();
    const now = new Date('2026-11-23T10:00:00Z');
    for (let i = 0; i < 5; i++) await loginWithPassword(site.database.db, { email: 'nobody@example.org', password: 'wrong', ip: '192.0.2.1' }, { now, hashingCost: TEST_HASHING });
    expect(await auditRows()).toBeGreaterThan(rowsBefore); // the lockout left its audit row
    expect(await readPublicDataVersion(site.database.db)).toBe(version);
    expect((await get('/', { 'if-none-match': String(page.headers.etag) })).statusCode).toBe(304);

    const policy = (await findPolicyByCode(site.database.db, CURRENT))!;
    const ctx = { actor: commandLineActor('test'), now };
    const release = await createRelease(site.database.db, { policyId: policy.id, titleDa: 'Rettelse november', titleEn: 'Correction, November' }, ctx);
    const tryghed = await site.database.db.selectFrom('indicators').select(['id', 'default_area_id']).where('code', '=', 'tryghed').executeTakeFirstOrThrow();
    const total = await site.database.db.selectFrom('groups').select('id').where('code', '=', 'total').executeTakeFirstOrThrow();
    await stageFigures(site.database.db, release.id, [{ indicatorId: tryghed.id, period: '2014', groupId: total.id, areaId: tryghed.default_area_id!, value: 82 }], ctx);
    await publishRelease(site.database.db, release.id, { publishedOn: '2014-02-01' }, ctx);
    expect(await readPublicDataVersion(site.database.db)).not.toBe(version);
  });

  it('keeps the stylesheet for a year under a name that changes with its content, and serves the fonts', async () => {
    const page = (await get('/')).body;
    const href = /<link rel="stylesheet" href="(\/assets\/site-[0-9a-f]{12}\.css)"/.exec(page)![1]!;
    const css = await get(href, { 'accept-encoding': 'br' });
    expect(css.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(css.headers['content-encoding']).toBe('br');
    const text = brotliDecompressSync(css.rawPayload).toString();
    expect(text).toContain('src:url(fonts/ibm-plex-sans-latin-400-normal.woff2)');
    expect(text).not.toContain('../fonts/IBMPlexSans');
    const font = await get('/assets/fonts/ibm-plex-sans-latin-600-normal.woff2');
    expect(font.statusCode).toBe(200);
    expect(font.headers['content-type']).toBe('font/woff2');
    expect((await get('/assets/fonts/ibm-plex-sans-cyrillic-400-normal.woff2')).statusCode).toBe(404);
  });
});

describe('caching stays inside the public site', () => {
  it('leaves routes outside its plugins without ETag or compression', async () => {
    const site = await startPublicApp('sqlite', { demo: false });
    const app = await buildPublicApp(site.database);
    app.get('/outside', async () => 'x'.repeat(5000));
    const response = await app.inject({ url: '/outside', headers: { 'accept-encoding': 'gzip' } });
    expect(response.headers.etag).toBeUndefined();
    expect(response.headers['content-encoding']).toBeUndefined();
    await app.close();
    await site.close();
  });
});
