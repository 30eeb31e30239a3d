// What the releases' screens refuse: an upload with one bad row changes
// nothing and says row, column and reason (also when its carried copy is
// confirmed anyway); a data supplier delivers only its own administration's
// indicators (upload, form, templates) and sees only those; a committee
// member does not get in; a form without its CSRF token changes nothing;
// and typed markup comes back as text.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../support/databases.js';
import { PEOPLE, addPerson, startAccountsApp } from '../admin/support/accounts-app.js';
import type { AccountsApp } from '../admin/support/accounts-app.js';
import { decodeHtml, readForm } from '../admin/support/read-form.js';
import { Visitor } from '../admin/support/visitor.js';
import { createRelease } from '../../src/services/releases/create.js';
import { csv, postMultipart, snapshot, textOf } from './support.js';
import { commandLineActor } from '../../src/domain/permissions.js';

describe.each(ENGINES)('what the releases screens refuse, on %s', (engine) => {
  let demo: AccountsApp;
  let analyst: Visitor;
  let supplier: Visitor;
  let member: Visitor;
  let draftId: number;

  beforeAll(async () => {
    demo = await startAccountsApp(engine);
    for (const role of ['analyst', 'data_supplier', 'committee_member'] as const) await addPerson(demo.database.db, PEOPLE[role]);
    const policy = await demo.database.db.selectFrom('policies').select('id').where('code', '=', 'inklusionspolitik-2011-2014').executeTakeFirstOrThrow();
    draftId = (
      await createRelease(demo.database.db, { policyId: policy.id, titleDa: 'Nye tal januar 2014' }, { actor: commandLineActor('test'), now: new Date() })
    ).id;
    analyst = new Visitor(demo.app);
    await analyst.signIn(PEOPLE.analyst.email, PEOPLE.analyst.password);
    supplier = new Visitor(demo.app);
    await supplier.signIn(PEOPLE.data_supplier.email, PEOPLE.data_supplier.password);
    member = new Visitor(demo.app);
    await member.signIn(PEOPLE.committee_member.email, PEOPLE.committee_member.password);
  });
  afterAll(() => demo.close());

  it('refuses a file with one bad row, changing nothing, and names row, column and reason', async () => {
    await analyst.get(`/admin/releases/${draftId}/import`);
    const before = await snapshot(demo.database.db);
    const file = csv('tryghed;2013;total;kbh;76,4;;', 'overledighed;2013;etnisk-minoritet;kbh;ni;;', 'hoerer-til;2013;etnisk-minoritet;kbh;79;;');
    const preview = await postMultipart(demo.app, analyst, `/admin/releases/${draftId}/import`, {}, [{ field: 'file', name: 'tal.csv', bytes: file }]);
    expect(preview.statusCode).toBe(400);
    const row = /<table class="table table--compact table--zebra import-problems">.*?<tbody>(.*?)<\/tbody>/s.exec(preview.body)![1]!;
    expect(textOf(row)).toMatch(/^ ?3 value not_a_number .*ni/);
    expect(preview.body).not.toContain(`action="/admin/releases/${draftId}/import/commit"`);
    expect(await snapshot(demo.database.db)).toEqual(before);

    // Sending the same file to the commit anyway (as a crafted form would) changes nothing either.
    const forced = await postMultipart(
      demo.app,
      analyst,
      `/admin/releases/${draftId}/import/commit`,
      { carried_file_name: 'tal.csv', carried_file: Buffer.from(file).toString('base64') },
      [],
    );
    expect(forced.statusCode).toBe(400);
    expect(textOf(forced.body)).toContain('not_a_number');
    expect(await snapshot(demo.database.db)).toEqual(before);
  });

  it('asks for a file when none is chosen, keeping the note', async () => {
    await analyst.get(`/admin/releases/${draftId}/import`);
    const response = await postMultipart(demo.app, analyst, `/admin/releases/${draftId}/import`, { note: 'Januartal' }, []);
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('id="field-file-error"');
    expect(readForm(response.body, `/admin/releases/${draftId}/import`).note).toBe('Januartal');
  });

  it("refuses a supplier's upload that names another administration's indicator", async () => {
    await supplier.get(`/admin/releases/${draftId}/import`);
    const before = await snapshot(demo.database.db);
    const file = csv('overledighed;2013;etnisk-minoritet;kbh;9,1;;', 'tryghed;2013;total;kbh;76,4;;');
    const preview = await postMultipart(demo.app, supplier, `/admin/releases/${draftId}/import`, {}, [{ field: 'file', name: 'bif.csv', bytes: file }]);
    expect(preview.statusCode).toBe(400);
    expect(decodeHtml(textOf(preview.body))).toMatch(
      /3 indicator unknown_indicator .*Your administration does not deliver figures for the indicator "tryghed"/,
    );
    const forced = await postMultipart(
      demo.app,
      supplier,
      `/admin/releases/${draftId}/import/commit`,
      { carried_file_name: 'bif.csv', carried_file: Buffer.from(file).toString('base64') },
      [],
    );
    expect(forced.statusCode).toBe(400);
    expect(await snapshot(demo.database.db)).toEqual(before);

    // Its own indicator alone goes in, and it lands back on its own view.
    const own = csv('overledighed;2013;etnisk-minoritet;kbh;9,1;;');
    const ok = await postMultipart(demo.app, supplier, `/admin/releases/${draftId}/import`, {}, [{ field: 'file', name: 'bif.csv', bytes: own }]);
    expect(ok.statusCode).toBe(200);
    const committed = await postMultipart(
      demo.app,
      supplier,
      `/admin/releases/${draftId}/import/commit`,
      readForm(ok.body, `/admin/releases/${draftId}/import/commit`) as Record<string, string>,
      [],
    );
    expect(committed.statusCode).toBe(303);
    expect(committed.headers.location).toBe('/admin/supplier?imported=1');
  });

  it("refuses a supplier's upload that would add groups or areas to the model, which the secretariat's may", async () => {
    await supplier.get(`/admin/releases/${draftId}/import`);
    const before = await snapshot(demo.database.db);
    const file = Buffer.from('Year,Køn,GeoCode,Value\n2013,<b>Ny gruppe</b>,NYT-OMRAADE,50\n');
    const fields = { format: 'opensdg' };
    const preview = await postMultipart(demo.app, supplier, `/admin/releases/${draftId}/import`, fields, [
      { field: 'file', name: 'indicator_overledighed.csv', bytes: file },
    ]);
    expect(preview.statusCode).toBe(400);
    const text = decodeHtml(textOf(preview.body));
    expect(text).toMatch(/unknown_group/);
    expect(text).toMatch(/unknown_area/);
    const forced = await postMultipart(
      demo.app,
      supplier,
      `/admin/releases/${draftId}/import/commit`,
      { ...fields, carried_file_name: 'indicator_overledighed.csv', carried_file: file.toString('base64') },
      [],
    );
    expect(forced.statusCode).toBe(400);
    expect(await snapshot(demo.database.db)).toEqual(before);
    expect(await demo.database.db.selectFrom('groups').select('code').where('name_da', 'like', '%Ny gruppe%').execute()).toEqual([]);

    // The same file from the secretariat creates them, as any secretariat import may.
    await analyst.get(`/admin/releases/${draftId}/import`);
    const byAnalyst = await postMultipart(demo.app, analyst, `/admin/releases/${draftId}/import`, fields, [
      { field: 'file', name: 'indicator_overledighed.csv', bytes: file },
    ]);
    expect(byAnalyst.statusCode).toBe(200);
  });

  it("refuses a supplier's figure for another administration's indicator, and lists only its own", async () => {
    const form = await supplier.get(`/admin/releases/${draftId}/figures/new`);
    expect(form.body).toContain('value="overledighed"');
    expect(form.body).not.toContain('value="tryghed"');
    const refused = await supplier.post(`/admin/releases/${draftId}/figures`, { indicator: 'tryghed', period: '2013', value: '76,4' });
    expect(refused.statusCode).toBe(403);
    expect(textOf(refused.body)).toContain('Din forvaltning leverer ikke tal til denne indikator.');
    expect(readForm(refused.body, `/admin/releases/${draftId}/figures`).period).toBe('2013');
    const staged = await demo.database.db
      .selectFrom('release_figures')
      .innerJoin('indicators', 'indicators.id', 'release_figures.indicator_id')
      .select('indicators.code')
      .where('release_id', '=', draftId)
      .execute();
    expect(staged.map((s) => s.code)).not.toContain('tryghed');

    const ok = await supplier.post(`/admin/releases/${draftId}/figures`, { indicator: 'hoerer-til', period: '2013', group: 'etnisk-minoritet', value: '79' });
    expect(ok.statusCode).toBe(303);
  });

  it("shows a supplier only its own indicators and templates, and keeps it out of the secretariat's pages", async () => {
    const view = textOf((await supplier.get('/admin/supplier')).body);
    expect(view).toContain('(overledighed)');
    expect(view).toContain('(hoerer-til)');
    expect(view).not.toContain('(tryghed)');
    expect(view).toContain('Nye tal januar 2014');
    expect((await supplier.get('/admin/supplier')).body).toContain(`href="/admin/releases/${draftId}/template?indicator=overledighed"`);
    const one = await supplier.get(`/admin/releases/${draftId}/template?indicator=overledighed`);
    expect(one.statusCode).toBe(200);
    expect(one.body.trim().split('\r\n').slice(1)).toEqual(['overledighed;2013;dansk-oprindelse;kbh;;;', 'overledighed;2013;etnisk-minoritet;kbh;;;']);
    const template = await supplier.get(`/admin/releases/${draftId}/template`);
    expect(template.statusCode).toBe(200);
    expect(template.body).toContain('overledighed;2013');
    expect(template.body).not.toContain('tryghed');
    expect((await supplier.get(`/admin/releases/${draftId}/template?administration=OKF`)).statusCode).toBe(403);
    expect((await supplier.get(`/admin/releases/${draftId}/template?indicator=tryghed`)).statusCode).toBe(403);
    for (const url of ['/admin/releases', `/admin/releases/${draftId}`, `/admin/releases/${draftId}/preview`, `/admin/releases/${draftId}/publish`]) {
      expect((await supplier.get(url)).statusCode, url).toBe(403);
    }
  });

  it('keeps a committee member out of every release screen', async () => {
    for (const url of [
      '/admin/releases',
      `/admin/releases/${draftId}`,
      `/admin/releases/${draftId}/import`,
      `/admin/releases/${draftId}/figures/new`,
      '/admin/supplier',
    ]) {
      expect((await member.get(url)).statusCode, url).toBe(403);
    }
    const nav = (await member.get('/admin')).body;
    expect(nav).not.toContain('href="/admin/releases"');
  });

  it('refuses a form without its CSRF token', async () => {
    await analyst.get(`/admin/releases/${draftId}/publish`);
    const before = await snapshot(demo.database.db);
    const withoutToken = await analyst.post(`/admin/releases/${draftId}/publish`, { confirm: 'on' }, { csrf: null });
    expect(withoutToken.statusCode).toBe(403);
    const uploadWithout = await postMultipart(
      demo.app,
      analyst,
      `/admin/releases/${draftId}/import`,
      {},
      [{ field: 'file', name: 'x.csv', bytes: csv('tryghed;2013;total;kbh;1;;') }],
      { csrf: null },
    );
    expect(uploadWithout.statusCode).toBe(403);
    expect(await snapshot(demo.database.db)).toEqual(before);
  });

  it('shows typed markup as text', async () => {
    const hostile = `<script>x("1")</script>&'`;
    await analyst.get('/admin/releases/new');
    const created = await analyst.post('/admin/releases', { ...readForm(analyst.lastPage, '/admin/releases'), title_da: hostile, note_da: hostile });
    expect(created.statusCode).toBe(303);
    const id = Number(/(\d+)/.exec(String(created.headers.location))![1]);
    await analyst.get(`/admin/releases/${id}/missing?indicator=tryghed`);
    await analyst.post(`/admin/releases/${id}/missing`, { ...readForm(analyst.lastPage, `/admin/releases/${id}/missing`), reason_da: hostile });
    await analyst.get(`/admin/releases/${id}/import`);
    const preview = await postMultipart(demo.app, analyst, `/admin/releases/${id}/import`, {}, [
      { field: 'file', name: `${hostile}.csv`, bytes: csv(`${hostile};2013;total;kbh;1;;`) },
    ]);
    for (const page of [(await analyst.get('/admin/releases')).body, (await analyst.get(`/admin/releases/${id}`)).body, preview.body]) {
      expect(page).not.toMatch(/<script/i);
      expect(page).toContain('&lt;script>');
    }
  });
});

describe.each(ENGINES)('the secretariat and the supplier view, on %s', (engine) => {
  let demo: AccountsApp;
  let analyst: Visitor;
  beforeAll(async () => {
    demo = await startAccountsApp(engine);
    await addPerson(demo.database.db, PEOPLE.analyst);
    analyst = new Visitor(demo.app);
    await analyst.signIn(PEOPLE.analyst.email, PEOPLE.analyst.password);
  });
  afterAll(() => demo.close());

  it('shows the secretariat any administration it chooses', async () => {
    expect((await analyst.get('/admin/releases')).body).toContain('href="/admin/supplier"');
    const okf = textOf((await analyst.get('/admin/supplier?administration=OKF')).body);
    expect(okf).toContain('(tryghed)');
    expect(okf).not.toContain('(overledighed)');
    const bif = textOf((await analyst.get('/admin/supplier?administration=BIF')).body);
    expect(bif).toContain('(overledighed)');
    expect(bif).not.toContain('(tryghed)');
  });
});
