// Text people type is shown as text everywhere in the admin area: markup,
// quotes and ampersands in every text field come back exactly as typed, and
// no page ever carries a script element.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../support/databases.js';
import { PEOPLE, addPerson, startAccountsApp } from './support/accounts-app.js';
import type { AccountsApp } from './support/accounts-app.js';
import { readForm } from './support/read-form.js';
import { Visitor } from './support/visitor.js';

const HOSTILE = `<script>x("1")</script>&'`;
// Preact escapes `<`, `&` and `"`; a lone `>` or `'` cannot open markup or end a quoted attribute.
const ESCAPED = `&lt;script>x(&quot;1&quot;)&lt;/script>&amp;'`;

const TEXT_FIELDS: Record<string, readonly string[]> = {
  '/admin/policies/1': ['title_da', 'title_en', 'subtitle_da', 'subtitle_en', 'description_da', 'description_en'],
  '/admin/focus-areas/1': ['title_da', 'title_en', 'description_da', 'description_en'],
  '/admin/goals/1': ['title_da', 'title_en', 'description_da', 'description_en'],
  '/admin/indicators/1': ['title_da', 'title_en', 'description_da', 'description_en', 'unit', 'source_da', 'source_en'],
  '/admin/committees/1': ['name_da', 'name_en'],
  '/admin/administrations/1': ['name_da', 'name_en'],
  '/admin/settings': ['municipality_name_da', 'municipality_name_en', 'barometer_name_da', 'barometer_name_en', 'contact_text_da', 'contact_text_en'],
  '/admin/users/1': ['name'],
};

function expectOnlyText(html: string, where: string) {
  expect(html, where).not.toMatch(/<script/i);
  expect(html, where).not.toContain(HOSTILE);
}

describe.each(ENGINES)('hostile text in the admin area on %s', (engine) => {
  let demo: AccountsApp;
  let admin: Visitor;
  beforeAll(async () => {
    demo = await startAccountsApp(engine);
    await addPerson(demo.database.db, PEOPLE.administrator);
    await addPerson(demo.database.db, PEOPLE.committee_member);
    admin = new Visitor(demo.app);
    await admin.signIn(PEOPLE.administrator.email, PEOPLE.administrator.password);
  });
  afterAll(() => demo.close());

  it('is stored and shown again exactly as typed, in every text field', async () => {
    for (const [url, fields] of Object.entries(TEXT_FIELDS)) {
      const form = readForm((await admin.get(url)).body, url);
      const hostile = Object.fromEntries(fields.map((field) => [field, `${HOSTILE} ${field}`]));
      const saved = await admin.post(url, { ...form, ...hostile });
      expect(saved.statusCode, `saving ${url}`).toBe(303);
      const page = await admin.get(url);
      expectOnlyText(page.body, url);
      expect(page.body, url).toContain(ESCAPED);
      expect(readForm(page.body, url), url).toMatchObject(hostile);
    }
  });

  it('is escaped in lists, headings, the dashboard, the audit log and the sign-in page', async () => {
    const pages = [
      '/admin',
      '/admin/policies',
      '/admin/focus-areas',
      '/admin/goals',
      '/admin/indicators',
      '/admin/committees',
      '/admin/administrations',
      '/admin/users',
      '/admin/audit',
    ];
    const entry = await demo.database.db.selectFrom('audit_log').select('id').where('entity', '=', 'indicator').orderBy('id', 'desc').executeTakeFirstOrThrow();
    pages.push(`/admin/audit/${entry.id}`, '/admin/audit?actor=%3Cscript%3E');
    for (const url of pages) {
      const page = await admin.get(url);
      expect(page.statusCode, url).toBe(200);
      expectOnlyText(page.body, url);
    }
    expect((await admin.get(`/admin/audit/${entry.id}`)).body).toContain(ESCAPED);
    // A committee member's start page lists the committee's goals, whose titles are hostile now
    // (goal 1 is in the archived policy, shown when asked for every policy, labelled with it).
    const member = new Visitor(demo.app);
    await member.signIn(PEOPLE.committee_member.email, PEOPLE.committee_member.password);
    expectOnlyText((await member.get('/admin')).body, 'committee member dashboard');
    const start = await member.get('/admin?policies=all');
    expectOnlyText(start.body, 'committee member dashboard, every policy');
    expect(start.body).toContain(`<h3>${ESCAPED} title_da – `);
    const signIn = await new Visitor(demo.app).get('/login');
    expectOnlyText(signIn.body, '/login');
    expect(signIn.body).toContain(`<title>Log ind – ${ESCAPED} barometer_name_da administration</title>`);
  });

  it('is escaped when a form with mistakes comes back', async () => {
    const form = readForm((await admin.get('/admin/indicators/1')).body, '/admin/indicators/1');
    const response = await admin.post('/admin/indicators/1', { ...form, tolerance: HOSTILE, code: HOSTILE });
    expect(response.statusCode).toBe(400);
    expectOnlyText(response.body, 'form with mistakes');
    expect(readForm(response.body, '/admin/indicators/1')).toMatchObject({ tolerance: HOSTILE, code: HOSTILE });
  });
});
