// Every request that changes state needs the CSRF token of this browser's
// secret, and the secret known before sign-in is worthless after it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSiteSettings } from '../../src/services/site-settings.js';
import { ENGINES } from '../support/databases.js';
import { PEOPLE, addPerson, startAccountsApp } from '../admin/support/accounts-app.js';
import type { AccountsApp } from '../admin/support/accounts-app.js';
import { Visitor } from '../admin/support/visitor.js';

const SETTINGS = {
  municipality_name_da: 'Forfalsket Kommune',
  municipality_name_en: 'Forged Municipality',
  barometer_name_da: 'Barometer',
  barometer_name_en: 'Barometer',
};

describe.each(ENGINES)('CSRF protection on %s', (engine) => {
  let demo: AccountsApp;
  let admin: Visitor;
  beforeAll(async () => {
    demo = await startAccountsApp(engine);
    await addPerson(demo.database.db, PEOPLE.administrator);
    admin = new Visitor(demo.app);
    await admin.signIn(PEOPLE.administrator.email, PEOPLE.administrator.password);
  });
  afterAll(() => demo.close());

  const municipality = async () => (await readSiteSettings(demo.database.db)).municipality_name_da;

  it("refuses a change without a token, with a made-up one, and with another browser's", async () => {
    const page = await admin.get('/admin/settings');
    expect(page.statusCode).toBe(200);
    const fingerprint = /name="fingerprint" value="([^"]+)"/.exec(page.body)![1]!;
    const before = await municipality();

    const other = new Visitor(demo.app);
    await other.get('/login');
    for (const csrf of [null, 'made-up-token', other.csrfToken()]) {
      const response = await admin.post('/admin/settings', { ...SETTINGS, fingerprint }, { csrf });
      expect(response.statusCode, `token ${String(csrf)}`).toBe(403);
      expect(response.body).toContain('Formularen kunne ikke modtages');
    }
    expect(await municipality()).toBe(before);

    const accepted = await admin.post('/admin/settings', { ...SETTINGS, fingerprint });
    expect(accepted.statusCode).toBe(303);
    expect(await municipality()).toBe('Forfalsket Kommune');
  });

  it('refuses a sign-in or sign-out without a token', async () => {
    const visitor = new Visitor(demo.app);
    await visitor.get('/login');
    const signIn = await visitor.post('/login', { email: PEOPLE.administrator.email, password: PEOPLE.administrator.password }, { csrf: null });
    expect(signIn.statusCode).toBe(403);
    expect(visitor.cookies.has('barometer_session')).toBe(false);
    const signOut = await admin.post('/logout', {}, { csrf: null });
    expect(signOut.statusCode).toBe(403);
    expect((await admin.get('/admin')).statusCode).toBe(200);
  });

  it('does not accept, after sign-in, a token from before it', async () => {
    const visitor = new Visitor(demo.app);
    await visitor.get('/login');
    const tokenBefore = visitor.csrfToken();
    expect((await visitor.post('/login', { email: PEOPLE.administrator.email, password: PEOPLE.administrator.password })).statusCode).toBe(303);
    const response = await visitor.post('/logout', {}, { csrf: tokenBefore });
    expect(response.statusCode).toBe(403);
  });

  it("binds the token to the session: another browser's cookie and token pair, tossed in, is refused", async () => {
    const page = await admin.get('/admin/settings');
    const fingerprint = /name="fingerprint" value="([^"]+)"/.exec(page.body)![1]!;
    const attacker = new Visitor(demo.app);
    await attacker.signIn(PEOPLE.administrator.email, PEOPLE.administrator.password);
    await attacker.get('/admin/settings');
    // The attacker's own valid pair (its CSRF cookie and token) sent with the victim's session.
    const victimSession = admin.cookies.get('barometer_session')!;
    const tossed = new Visitor(demo.app);
    for (const [name, value] of attacker.cookies) tossed.cookies.set(name, value);
    tossed.cookies.set('barometer_session', victimSession);
    const response = await tossed.post('/admin/settings', { ...SETTINGS, municipality_name_da: 'Kastet Kommune', fingerprint }, { csrf: attacker.csrfToken() });
    expect(response.statusCode).toBe(403);
    expect(await municipality()).not.toBe('Kastet Kommune');
  });

  it('refuses a change that the browser says comes from another site, even with the right token', async () => {
    await admin.get('/admin/settings');
    const token = admin.csrfToken();
    const cookie = [...admin.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    const body = new URLSearchParams({ _csrf: token }).toString();
    const post = (headers: Record<string, string>) =>
      demo.app.inject({ method: 'POST', url: '/logout', headers: { cookie, 'content-type': 'application/x-www-form-urlencoded', ...headers }, payload: body });
    expect((await post({ 'sec-fetch-site': 'cross-site' })).statusCode).toBe(403);
    expect((await post({ origin: 'https://evil.example' })).statusCode).toBe(403);
    expect((await admin.get('/admin')).statusCode).toBe(200);
  });
});
