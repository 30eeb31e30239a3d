// Five wrong passwords for an address within a minute lock it for a quarter
// of an hour: the sixth attempt is refused even with the right password.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../support/databases.js';
import { PEOPLE, addPerson, startAccountsApp } from '../admin/support/accounts-app.js';
import type { AccountsApp } from '../admin/support/accounts-app.js';
import { Visitor } from '../admin/support/visitor.js';

describe.each(ENGINES)('signing in with a password on %s', (engine) => {
  let demo: AccountsApp;
  let clock = new Date('2026-12-01T09:00:00Z');
  const tick = (seconds: number) => (clock = new Date(clock.getTime() + seconds * 1000));

  beforeAll(async () => {
    demo = await startAccountsApp(engine, { now: () => clock });
    await addPerson(demo.database.db, PEOPLE.analyst);
    await addPerson(demo.database.db, PEOPLE.administrator);
  });
  afterAll(() => demo.close());

  it('refuses a wrong password without saying whether the address exists', async () => {
    const known = await new Visitor(demo.app).signIn(PEOPLE.administrator.email, 'not the password');
    const unknown = await new Visitor(demo.app).signIn('nobody@kk.test', 'not the password');
    expect(known.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(known.body).toContain('E-mailadressen eller adgangskoden er forkert.');
    expect(unknown.body).toContain('E-mailadressen eller adgangskoden er forkert.');
  });

  it('refuses the sixth attempt within a minute even with the right password, until the lockout ends', async () => {
    const visitor = new Visitor(demo.app);
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      tick(5);
      const response = await visitor.signIn(PEOPLE.analyst.email, `wrong guess ${attempt}`);
      expect(response.statusCode, `attempt ${attempt}`).toBe(attempt < 5 ? 401 : 429);
    }
    tick(5);
    const sixth = await visitor.signIn(PEOPLE.analyst.email, PEOPLE.analyst.password);
    expect(sixth.statusCode).toBe(429);
    expect(sixth.body).toContain('Log ind er spærret til kl.');
    expect(visitor.cookies.has('barometer_session')).toBe(false);
    expect((await visitor.get('/admin')).statusCode).toBe(303);

    // Another person is not affected by the lockout.
    expect((await new Visitor(demo.app).signIn(PEOPLE.administrator.email, PEOPLE.administrator.password)).statusCode).toBe(303);

    tick(14 * 60);
    expect((await visitor.signIn(PEOPLE.analyst.email, PEOPLE.analyst.password)).statusCode).toBe(429);
    tick(60);
    const afterwards = await visitor.signIn(PEOPLE.analyst.email, PEOPLE.analyst.password);
    expect(afterwards.statusCode).toBe(303);
    expect(afterwards.headers.location).toBe('/admin');
  });

  it('does not lock an address for wrong passwords spread over more than a minute', async () => {
    for (let attempt = 1; attempt <= 6; attempt += 1) {
      tick(20);
      expect((await new Visitor(demo.app).signIn(PEOPLE.administrator.email, 'almost')).statusCode, `attempt ${attempt}`).toBe(401);
    }
    tick(20);
    expect((await new Visitor(demo.app).signIn(PEOPLE.administrator.email, PEOPLE.administrator.password)).statusCode).toBe(303);
  });

  it('locks an address that has no account in the same way', async () => {
    const visitor = new Visitor(demo.app);
    const statuses = [];
    for (let attempt = 1; attempt <= 6; attempt += 1) statuses.push((await visitor.signIn('ghost@kk.test', 'guess')).statusCode);
    expect(statuses).toEqual([401, 401, 401, 401, 429, 429]);
  });
});

describe('the limit on sign-in attempts from one address', () => {
  let demo: AccountsApp;
  beforeAll(async () => {
    demo = await startAccountsApp('sqlite', { demo: false });
  });
  afterAll(() => demo.close());

  it('answers the 31st attempt within a minute with a request to wait, whatever the account', async () => {
    const visitor = new Visitor(demo.app);
    await visitor.get('/login');
    const token = visitor.csrfToken();
    const statuses: number[] = [];
    for (let attempt = 1; attempt <= 31; attempt += 1) {
      statuses.push((await visitor.post('/login', { email: `person${attempt}@kk.test`, password: 'guess' }, { csrf: token })).statusCode);
    }
    expect(statuses.slice(0, 30).every((status) => status === 401)).toBe(true);
    expect(statuses[30]).toBe(429);
    expect(visitor.lastPage).toContain('Der er sendt for mange forsøg fra din adresse.');
  });
});
