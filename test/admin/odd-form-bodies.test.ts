// A form post whose body is not a form (JSON `null`, a bare JSON string or
// number) is read as an empty form on every admin route that takes a post:
// the answer is the form again with its problems, a refusal or a redirect,
// never a server error. The routes come from Fastify's onRoute hook, so a
// new one is covered without being listed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../support/databases.js';
import { PEOPLE, addPerson, startAccountsApp } from './support/accounts-app.js';
import type { AccountsApp } from './support/accounts-app.js';
import { Visitor } from './support/visitor.js';

const ODD_BODIES = ['null', '"text"', '42', '[]'];

describe.each(ENGINES)('odd bodies posted to the admin area on %s', (engine) => {
  let demo: AccountsApp;
  let admin: Visitor;
  beforeAll(async () => {
    demo = await startAccountsApp(engine);
    await addPerson(demo.database.db, PEOPLE.administrator);
    admin = new Visitor(demo.app);
    await admin.signIn(PEOPLE.administrator.email, PEOPLE.administrator.password);
    await admin.get('/admin');
  });
  afterAll(() => demo.close());

  it('are read as empty forms, never a server error', async () => {
    const posts = demo.app.routeCatalogue.filter((route) => route.method === 'POST' && route.url.startsWith('/admin'));
    expect(posts.length).toBeGreaterThan(30);
    const headers = {
      cookie: [...admin.cookies].map(([name, value]) => `${name}=${value}`).join('; '),
      'x-csrf-token': admin.csrfToken(),
      'content-type': 'application/json',
    };
    for (const route of posts) {
      const url = route.url.replace(/:id\b/g, '1');
      for (const payload of ODD_BODIES) {
        const response = await demo.app.inject({ method: 'POST', url, headers, payload });
        expect(response.statusCode, `${payload} to ${url}: ${response.body.slice(0, 200)}`).toBeLessThan(500);
      }
    }
  });

  it('get the form back with its problems on the form routes', async () => {
    const headers = {
      cookie: [...admin.cookies].map(([name, value]) => `${name}=${value}`).join('; '),
      'x-csrf-token': admin.csrfToken(),
      'content-type': 'application/json',
    };
    for (const url of ['/admin/indicators', '/admin/users', '/admin/settings', '/admin/releases']) {
      const response = await demo.app.inject({ method: 'POST', url, headers, payload: 'null' });
      expect(response.statusCode, url).toBe(400);
      expect(response.body, url).toContain('id="error-summary-heading"');
    }
  });
});
