// The audit log: every change with who, when, what, before and after,
// browsable and filterable by administrators, and never editable, not even
// directly in the database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../support/databases.js';
import { PEOPLE, addPerson, startAccountsApp } from './support/accounts-app.js';
import type { AccountsApp } from './support/accounts-app.js';
import { readForm } from './support/read-form.js';
import { Visitor } from './support/visitor.js';

describe.each(ENGINES)('the audit log on %s', (engine) => {
  let demo: AccountsApp;
  let admin: Visitor;
  beforeAll(async () => {
    demo = await startAccountsApp(engine);
    await addPerson(demo.database.db, PEOPLE.administrator);
    await addPerson(demo.database.db, PEOPLE.analyst);
    const analyst = new Visitor(demo.app);
    await analyst.signIn(PEOPLE.analyst.email, PEOPLE.analyst.password);
    const form = readForm((await analyst.get('/admin/committees/1')).body, '/admin/committees/1');
    await analyst.post('/admin/committees/1', { ...form, name_en: 'The Finance Committee' });
    admin = new Visitor(demo.app);
    await admin.signIn(PEOPLE.administrator.email, PEOPLE.administrator.password);
  });
  afterAll(() => demo.close());

  it('lists changes newest first and filters them by what, action and who', async () => {
    const all = await admin.get('/admin/audit');
    expect(all.statusCode).toBe(200);
    expect(all.body).toContain('load-demo');
    const filtered = await admin.get('/admin/audit?entity=committee&action=update&actor=ANALYST');
    const rows = filtered.body.match(/<tr><td>/g) ?? [];
    expect(rows).toHaveLength(1);
    // What changed and how are named in words; the filter still sends the stored codes.
    expect(filtered.body).toContain(`<td>${PEOPLE.analyst.email}</td><td>Ændret</td><td>Udvalg</td><td>1</td>`);
    const nobody = await admin.get('/admin/audit?actor=nobody-at-all');
    expect(nobody.body).toContain('Ingen ændringer passer til filteret.');
    const future = await admin.get('/admin/audit?from=2999-01-01');
    expect(future.body).toContain('Ingen ændringer passer til filteret.');
    const today = new Date().toISOString().slice(0, 10);
    const onTheDay = await admin.get(`/admin/audit?entity=committee&from=${today}&to=${today}`);
    expect(onTheDay.body.match(/<tr><td>/g) ?? []).toHaveLength(1);
    const dayBefore = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    expect((await admin.get(`/admin/audit?entity=committee&to=${dayBefore}`)).body).toContain('Ingen ændringer passer til filteret.');
  });

  it('shows one change with the fields it changed, before and after', async () => {
    const list = await admin.get('/admin/audit?entity=committee');
    const id = /href="\/admin\/audit\/(\d+)"/.exec(list.body)![1];
    const entry = await admin.get(`/admin/audit/${id}`);
    expect(entry.statusCode).toBe(200);
    expect(entry.body).toMatch(/<th scope="row">name_en<\/th><td>Finance Committee<\/td><td>The Finance Committee<\/td>/);
    expect(entry.body).toMatch(/<th scope="row">version<\/th><td>1<\/td><td>2<\/td>/);
    expect(entry.body).not.toMatch(/<form method="post"[^>]*action="\/admin\/audit/);
    expect((await admin.get('/admin/audit/999999')).statusCode).toBe(404);
    expect((await admin.get('/admin/audit/not-a-number')).statusCode).toBe(404);
  });

  it('cannot be edited, not even in the database', async () => {
    const entry = await demo.database.db.selectFrom('audit_log').select('id').orderBy('id').executeTakeFirstOrThrow();
    await expect(demo.database.db.updateTable('audit_log').set({ actor: 'someone else' }).where('id', '=', entry.id).execute()).rejects.toThrow(/never edited/);
  });
});
