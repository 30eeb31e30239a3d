// Security headers: a Content-Security-Policy without inline scripts, no
// framing except for embeddable pages, HSTS only over TLS; and the admin
// look (DKFDS) served from this site, its stylesheets but not its scripts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../support/databases.js';
import { PEOPLE, addPerson, startAccountsApp } from './support/accounts-app.js';
import type { AccountsApp } from './support/accounts-app.js';
import { Visitor } from './support/visitor.js';

const directive = (csp: unknown, name: string) =>
  String(csp)
    .split(';')
    .map((d) => d.trim())
    .find((d) => d.startsWith(`${name} `));

describe.each(ENGINES)('security headers on %s', (engine) => {
  let demo: AccountsApp;
  beforeAll(async () => {
    demo = await startAccountsApp(engine, { embedFrameAncestors: ['https://intranet.kk.test'] });
    // Stand-ins for the embeddable pages another part of the app provides.
    demo.app.get('/embed/test-card', async () => 'a card');
    demo.app.get('/test-widget', { config: { embeddable: true } }, async () => 'a widget');
    await addPerson(demo.database.db, PEOPLE.administrator);
  });
  afterAll(() => demo.close());

  it('allows scripts from this site only, and no framing', async () => {
    const response = await new Visitor(demo.app).get('/login');
    const csp = response.headers['content-security-policy'];
    expect(directive(csp, 'script-src')).toBe("script-src 'self'");
    expect(directive(csp, 'script-src-attr')).toBe("script-src-attr 'none'");
    expect(directive(csp, 'style-src')).toBe("style-src 'self'");
    expect(directive(csp, 'frame-ancestors')).toBe("frame-ancestors 'none'");
    expect(directive(csp, 'object-src')).toBe("object-src 'none'");
    expect(response.headers['x-frame-options']).toBe('DENY');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['strict-transport-security']).toBeUndefined();
  });

  it('serves admin pages with neither inline scripts nor event handlers, and not for caching', async () => {
    const admin = new Visitor(demo.app);
    await admin.signIn(PEOPLE.administrator.email, PEOPLE.administrator.password);
    for (const url of ['/admin', '/admin/indicators/1', '/admin/users', '/admin/audit', '/admin/settings']) {
      const page = await admin.get(url);
      expect(page.body, url).not.toMatch(/<script/i);
      expect(page.body, url).not.toMatch(/\son[a-z]+=/i);
      expect(page.headers['cache-control'], url).toBe('no-store');
      expect(directive(page.headers['content-security-policy'], 'frame-ancestors'), url).toBe("frame-ancestors 'none'");
    }
  });

  it('lets embeddable pages be framed where configured', async () => {
    for (const url of ['/embed/test-card', '/test-widget']) {
      const response = await demo.app.inject({ method: 'GET', url });
      expect(directive(response.headers['content-security-policy'], 'frame-ancestors'), url).toBe('frame-ancestors https://intranet.kk.test');
      expect(directive(response.headers['content-security-policy'], 'script-src'), url).toBe("script-src 'self'");
      expect(response.headers['x-frame-options'], url).toBeUndefined();
    }
  });

  it('sends HSTS when the site is served over TLS', async () => {
    const overTls = await startAccountsApp(engine, { demo: false, baseUrl: 'https://barometer.kk.test', cookieSecure: true });
    try {
      const response = await overTls.app.inject({ method: 'GET', url: '/login' });
      expect(response.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    } finally {
      await overTls.close();
    }
  });

  it('serves the DKFDS stylesheet and its fonts from this site, and nothing else of the package', async () => {
    const css = await demo.app.inject({ method: 'GET', url: '/assets/admin/dkfds/css/dkfds.min.css' });
    expect(css.statusCode).toBe(200);
    expect(css.headers['content-type']).toMatch(/text\/css/);
    const font = await demo.app.inject({ method: 'GET', url: '/assets/admin/dkfds/fonts/IBMPlexSans/complete/woff2/IBMPlexSans-Regular.woff2' });
    expect(font.statusCode).toBe(200);
    expect((await demo.app.inject({ method: 'GET', url: '/assets/admin/admin.css' })).statusCode).toBe(200);
    for (const url of ['/assets/admin/dkfds/js/dkfds.min.js', '/assets/admin/dkfds/README.md', '/assets/admin/dkfds/../package.json']) {
      expect([403, 404], url).toContain((await demo.app.inject({ method: 'GET', url })).statusCode);
    }
  });
});
