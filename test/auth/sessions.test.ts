// Sessions: a new id at every sign-in, so a cookie from before sign-in never
// becomes a signed-in one; sign-out ends the session; idle sessions expire.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newSecretToken } from '../../src/auth/secret-tokens.js';
import { ENGINES } from '../support/databases.js';
import { PEOPLE, addPerson, startAccountsApp } from '../admin/support/accounts-app.js';
import type { AccountsApp } from '../admin/support/accounts-app.js';
import { Visitor } from '../admin/support/visitor.js';

const SESSION = 'barometer_session';

describe.each(ENGINES)('sessions on %s', (engine) => {
  let demo: AccountsApp;
  let clock = new Date('2026-12-01T09:00:00Z');
  beforeAll(async () => {
    demo = await startAccountsApp(engine, { now: () => clock });
    await addPerson(demo.database.db, PEOPLE.administrator);
    await addPerson(demo.database.db, PEOPLE.analyst);
  });
  afterAll(() => demo.close());

  const withCookie = (value: string) => demo.app.inject({ method: 'GET', url: '/admin', headers: { cookie: `${SESSION}=${value}` } });

  it('does not let a session cookie from before sign-in survive it', async () => {
    const visitor = new Visitor(demo.app);
    const planted = newSecretToken();
    visitor.cookies.set(SESSION, planted);
    expect((await visitor.get('/admin')).statusCode).toBe(303);

    const signIn = await visitor.signIn(PEOPLE.administrator.email, PEOPLE.administrator.password);
    expect(signIn.statusCode).toBe(303);
    const issued = visitor.cookies.get(SESSION)!;
    expect(issued).not.toBe(planted);
    expect((await withCookie(planted)).statusCode).toBe(303);
    expect((await withCookie(issued)).statusCode).toBe(200);

    // Signing in again (as someone else, from a form still open) replaces the session, and the old one ends.
    await visitor.get('/admin');
    expect((await visitor.post('/login', { email: PEOPLE.analyst.email, password: PEOPLE.analyst.password })).statusCode).toBe(303);
    const second = visitor.cookies.get(SESSION)!;
    expect(second).not.toBe(issued);
    expect((await withCookie(issued)).statusCode).toBe(303);
    expect((await visitor.get('/admin')).body).toContain('Logget ind som analyst');
  });

  it('sets the cookie HttpOnly and SameSite, Secure only when configured', async () => {
    const response = await new Visitor(demo.app).signIn(PEOPLE.administrator.email, PEOPLE.administrator.password);
    const cookie = [response.headers['set-cookie']].flat().find((c) => c?.startsWith(`${SESSION}=`))!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/);

    const secure = await startAccountsApp(engine, { demo: false, cookieSecure: true });
    try {
      await addPerson(secure.database.db, PEOPLE.administrator);
      const overTls = await new Visitor(secure.app).signIn(PEOPLE.administrator.email, PEOPLE.administrator.password);
      // Over TLS the name carries the __Host- prefix: Secure, Path=/ and no Domain, or browsers refuse it.
      const secureCookie = [overTls.headers['set-cookie']].flat().find((c) => c?.startsWith(`__Host-${SESSION}=`))!;
      expect(secureCookie).toMatch(/; Secure/);
      expect(secureCookie).toMatch(/; Path=\//);
      expect(secureCookie).not.toMatch(/Domain=/);
      expect([overTls.headers['set-cookie']].flat().some((c) => c?.startsWith(`${SESSION}=`))).toBe(false);
    } finally {
      await secure.close();
    }
  });

  it('ends the session at sign-out', async () => {
    const visitor = new Visitor(demo.app);
    await visitor.signIn(PEOPLE.administrator.email, PEOPLE.administrator.password);
    const session = visitor.cookies.get(SESSION)!;
    await visitor.get('/admin');
    const signOut = await visitor.post('/logout', {});
    expect(signOut.statusCode).toBe(303);
    expect(signOut.headers.location).toBe('/login?signedOut=1');
    expect(visitor.cookies.has(SESSION)).toBe(false);
    expect((await withCookie(session)).statusCode).toBe(303);
  });

  it('ends a session after two idle hours, and keeps one in use', async () => {
    // Not an administrator: theirs end sooner (the next test).
    const visitor = new Visitor(demo.app);
    await visitor.signIn(PEOPLE.analyst.email, PEOPLE.analyst.password);
    for (let hour = 0; hour < 3; hour += 1) {
      clock = new Date(clock.getTime() + 90 * 60 * 1000);
      expect((await visitor.get('/admin')).statusCode, `after ${hour + 1} × 90 minutes in use`).toBe(200);
    }
    clock = new Date(clock.getTime() + 2 * 60 * 60 * 1000 + 1000);
    expect((await visitor.get('/admin')).statusCode).toBe(303);
  });

  it("ends an administrator's session after thirty idle minutes, and keeps one in use", async () => {
    const visitor = new Visitor(demo.app);
    await visitor.signIn(PEOPLE.administrator.email, PEOPLE.administrator.password);
    for (let step = 0; step < 4; step += 1) {
      clock = new Date(clock.getTime() + 25 * 60 * 1000);
      expect((await visitor.get('/admin')).statusCode, `after ${step + 1} × 25 minutes in use`).toBe(200);
    }
    clock = new Date(clock.getTime() + 30 * 60 * 1000 + 1000);
    expect((await visitor.get('/admin')).statusCode).toBe(303);
  });

  it('sends a signed-in person from /login to where they were going, never to another site', async () => {
    const visitor = new Visitor(demo.app);
    await visitor.get('/login?next=/admin/indicators');
    const response = await visitor.post('/login', { email: PEOPLE.administrator.email, password: PEOPLE.administrator.password, next: '/admin/indicators' });
    expect(response.headers.location).toBe('/admin/indicators');
    const away = new Visitor(demo.app);
    await away.get('/login');
    const elsewhere = await away.post('/login', { email: PEOPLE.administrator.email, password: PEOPLE.administrator.password, next: '//evil.example/admin' });
    expect(elsewhere.headers.location).toBe('/admin');
  });
});
