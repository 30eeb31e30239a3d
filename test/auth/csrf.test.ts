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

  it('refuses a change without a token, with a made-up one, and with another browser\'s', async () => {
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
});
