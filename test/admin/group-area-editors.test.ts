// Groups and areas are edited like the rest of the model: created and
// changed with an audit row, codes kept unique, edits made meanwhile caught,
// and an area never placed within itself.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../support/databases.js';
import { PEOPLE, addPerson, startAccountsApp } from './support/accounts-app.js';
import type { AccountsApp } from './support/accounts-app.js';
import { fieldError, readForm } from './support/read-form.js';
import { Visitor } from './support/visitor.js';

describe.each(ENGINES)('the group and area editors on %s', (engine) => {
  let demo: AccountsApp;
  let analyst: Visitor;

  beforeAll(async () => {
    demo = await startAccountsApp(engine);
    await addPerson(demo.database.db, PEOPLE.analyst);
    analyst = new Visitor(demo.app);
    await analyst.signIn(PEOPLE.analyst.email, PEOPLE.analyst.password);
  });
  afterAll(() => demo.close());

  const audits = (entity: string) => demo.database.db.selectFrom('audit_log').selectAll().where('entity', '=', entity).orderBy('id').execute();

  it('creates a group, refuses its code a second time, and renames it', async () => {
    const form = readForm((await analyst.get('/admin/groups/new')).body, '/admin/groups');
    const created = await analyst.post('/admin/groups', { ...form, code: 'nyankomne', name_da: 'Nyankomne <i>borgere</i>', name_en: 'Newcomers' });
    expect(created.statusCode).toBe(303);
    const row = await demo.database.db.selectFrom('groups').selectAll().where('code', '=', 'nyankomne').executeTakeFirstOrThrow();
    expect(row).toMatchObject({ name_da: 'Nyankomne <i>borgere</i>', version: 1 });

    const again = await analyst.post('/admin/groups', { ...form, code: 'nyankomne', name_da: 'Igen' });
    expect(again.statusCode).toBe(400);
    expect(fieldError(again.body, 'code')).toBe('Koden er allerede i brug.');

    const list = await analyst.get('/admin/groups');
    expect(list.body).toContain('Nyankomne &lt;i');
    expect(list.body).not.toContain('<i>borgere');

    const url = `/admin/groups/${row.id}`;
    const edit = readForm((await analyst.get(url)).body, url);
    expect((await analyst.post(url, { ...edit, name_da: 'Nyankomne borgere' })).statusCode).toBe(303);
    const stale = await analyst.post(url, { ...edit, name_da: 'Forældet' });
    expect(stale.statusCode).toBe(409);
    const stored = await demo.database.db.selectFrom('groups').selectAll().where('id', '=', row.id).executeTakeFirstOrThrow();
    expect(stored).toMatchObject({ name_da: 'Nyankomne borgere', version: 2 });
    expect((await audits('group')).map((a) => a.action)).toEqual(['create', 'update']);
  });

  it('creates areas within areas, and refuses to put an area within itself', async () => {
    const form = readForm((await analyst.get('/admin/areas/new')).body, '/admin/areas');
    expect((await analyst.post('/admin/areas', { ...form, code: 'vesterbro', name_da: 'Vesterbro', kind: 'district', parent_id: '' })).statusCode).toBe(303);
    const district = await demo.database.db.selectFrom('areas').selectAll().where('code', '=', 'vesterbro').executeTakeFirstOrThrow();
    expect(
      (await analyst.post('/admin/areas', { ...form, code: 'vesterbro-syd', name_da: 'Vesterbro Syd', kind: 'other', parent_id: String(district.id) }))
        .statusCode,
    ).toBe(303);
    const part = await demo.database.db.selectFrom('areas').selectAll().where('code', '=', 'vesterbro-syd').executeTakeFirstOrThrow();
    expect(part.parent_id).toBe(district.id);

    const url = `/admin/areas/${district.id}`;
    const edit = readForm((await analyst.get(url)).body, url);
    const loop = await analyst.post(url, { ...edit, parent_id: String(part.id) });
    expect(loop.statusCode).toBe(400);
    expect(fieldError(loop.body, 'parent_id')).toBe('Et område kan ikke ligge i sig selv.');
    const wrongKind = await analyst.post(url, { ...edit, kind: 'planet' });
    expect(fieldError(wrongKind.body, 'kind')).toBe('Vælg en af mulighederne.');
    expect((await demo.database.db.selectFrom('areas').select('parent_id').where('id', '=', district.id).executeTakeFirstOrThrow()).parent_id).toBeNull();
    expect((await audits('area')).map((a) => a.action)).toEqual(['create', 'create']);
  });
});
