// Smaller hardening of sign-in (issue 16, findings 10 and 11): a `next` with
// odd characters never fails the sign-in after the session is made; cookies
// take the __Host- prefix over TLS; the browser's powerful features are off;
// new passwords that guessing finds early are refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { passwordProblem } from '../../src/auth/passwords.js';
import { ENGINES } from '../support/databases.js';
import { PEOPLE, addPerson, startAccountsApp } from '../admin/support/accounts-app.js';
import type { AccountsApp } from '../admin/support/accounts-app.js';
import { Visitor } from '../admin/support/visitor.js';

describe.each(ENGINES)('sign-in hardening on %s', (engine) => {
  let demo: AccountsApp;
  beforeAll(async () => {
    demo = await startAccountsApp(engine, { demo: false });
    await addPerson(demo.database.db, PEOPLE.administrator);
  });
  afterAll(() => demo.close());

  const sessionCount = async () => (await demo.database.db.selectFrom('sessions').select('id').execute()).length;

  it('answers a next with a control character with a page and a safe redirect, never a 500 or an orphan session', async () => {
    const visitor = new Visitor(demo.app);
    const page = await visitor.get('/login?next=/admin?%7F');
    expect(page.statusCode).toBe(200);
    const before = await sessionCount();
    const signIn = await visitor.post('/login', { email: PEOPLE.administrator.email, password: PEOPLE.administrator.password, next: '/admin?\x7f' });
    expect(signIn.statusCode).toBe(303);
    expect(signIn.headers.location).toBe('/admin?%7F');
    expect(await sessionCount()).toBe(before + 1);
    expect((await visitor.get('/admin')).statusCode).toBe(200);
    // Signed in, /login passes the odd next on safely too.
    expect((await visitor.get('/login?next=/admin?%7F%0D%0Ax')).headers.location).toBe('/admin?%7Fx');
    for (const elsewhere of ['/admin/../login', '/\\evil.example', 'https://evil.example/admin']) {
      expect((await visitor.get(`/login?next=${encodeURIComponent(elsewhere)}`)).headers.location, elsewhere).toBe('/admin');
    }
  });

  it('switches off camera, microphone, location, payment and the like on every page', async () => {
    for (const url of ['/login', '/password/forgot', '/admin']) {
      const policy = String((await demo.app.inject({ method: 'GET', url })).headers['permissions-policy']);
      for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb']) expect(policy, url).toContain(`${feature}=()`);
    }
  });

  it('names the CSRF cookie with the __Host- prefix over TLS, and plainly over HTTP', async () => {
    const plain = await new Visitor(demo.app).get('/login');
    expect([plain.headers['set-cookie']].flat().some((c) => c?.startsWith('barometer_csrf='))).toBe(true);
    const secure = await startAccountsApp(engine, { demo: false, cookieSecure: true });
    try {
      const overTls = await new Visitor(secure.app).get('/login');
      const cookie = [overTls.headers['set-cookie']].flat().find((c) => c?.startsWith('__Host-barometer_csrf='));
      expect(cookie).toMatch(/; Secure/);
      expect(cookie).toMatch(/; Path=\//);
    } finally {
      await secure.close();
    }
  });
});

describe('the rules for a new password', () => {
  it('refuses common and easily guessed passwords, and one built from the address', () => {
    for (const guessable of ['password1234', 'qwertyuiop12', '1234567890', 'iloveyou2024', 'anne.admin@kk.test1']) {
      expect(passwordProblem(guessable, guessable, 'anne.admin@kk.test'), guessable).toBe('too_common');
    }
  });

  it('accepts a sentence that is long and odd enough', () => {
    for (const good of ['correct horse battery', 'tal til tiden hvert år', 'første gang er den bedste']) {
      expect(passwordProblem(good, good, 'anne.admin@kk.test'), good).toBeNull();
    }
  });
});
