// A signed-in person changes their own password at /account/password: the
// current one is required, the new one must not be easily guessed, and every
// other session of the account ends (issue 16, finding 11).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../support/databases.js';
import { PEOPLE, addPerson, startAccountsApp } from '../admin/support/accounts-app.js';
import type { AccountsApp } from '../admin/support/accounts-app.js';
import { Visitor } from '../admin/support/visitor.js';

const NEW_PASSWORD = 'skyer over valby bakke';

describe.each(ENGINES)("changing one's own password on %s", (engine) => {
  let demo: AccountsApp;
  beforeAll(async () => {
    demo = await startAccountsApp(engine, { demo: false });
    await addPerson(demo.database.db, PEOPLE.administrator);
    await addPerson(demo.database.db, PEOPLE.analyst);
  });
  afterAll(() => demo.close());

  it('is offered from the admin area and needs a session', async () => {
    expect((await new Visitor(demo.app).get('/account/password')).statusCode).toBe(303);
    const visitor = new Visitor(demo.app);
    await visitor.signIn(PEOPLE.analyst.email, PEOPLE.analyst.password);
    expect((await visitor.get('/admin')).body).toContain('href="/account/password"');
    const page = await visitor.get('/account/password');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Nuværende adgangskode');
  });

  it('refuses a wrong current password and a common new one, and changes nothing', async () => {
    const visitor = new Visitor(demo.app);
    await visitor.signIn(PEOPLE.analyst.email, PEOPLE.analyst.password);
    await visitor.get('/account/password');
    const wrong = await visitor.post('/account/password', { current: 'not it at all', password: NEW_PASSWORD, repeated: NEW_PASSWORD });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.body).toContain('Den nuværende adgangskode er forkert.');
    const common = await visitor.post('/account/password', { current: PEOPLE.analyst.password, password: 'password1234', repeated: 'password1234' });
    expect(common.statusCode).toBe(400);
    expect(common.body).toContain('Adgangskoden er for let at gætte');
    expect((await new Visitor(demo.app).signIn(PEOPLE.analyst.email, PEOPLE.analyst.password)).statusCode).toBe(303);
  });

  it('changes the password, keeps this browser signed in and ends every other session', async () => {
    const here = new Visitor(demo.app);
    const elsewhere = new Visitor(demo.app);
    await here.signIn(PEOPLE.administrator.email, PEOPLE.administrator.password);
    await elsewhere.signIn(PEOPLE.administrator.email, PEOPLE.administrator.password);
    await here.get('/account/password');
    const changed = await here.post('/account/password', { current: PEOPLE.administrator.password, password: NEW_PASSWORD, repeated: NEW_PASSWORD });
    expect(changed.statusCode).toBe(303);
    const done = await here.get(String(changed.headers.location));
    expect(done.statusCode).toBe(200);
    expect(done.body).toContain('Din adgangskode er skiftet.');
    expect((await here.get('/admin')).statusCode).toBe(200);
    expect((await elsewhere.get('/admin')).statusCode).toBe(303);
    expect((await new Visitor(demo.app).signIn(PEOPLE.administrator.email, PEOPLE.administrator.password)).statusCode).toBe(401);
    expect((await new Visitor(demo.app).signIn(PEOPLE.administrator.email, NEW_PASSWORD)).statusCode).toBe(303);
    const audit = await demo.database.db.selectFrom('audit_log').select('actor').where('action', '=', 'change-password').execute();
    expect(audit).toEqual([{ actor: PEOPLE.administrator.email }]);
  });
});
