// The releases' screens over HTTP, as a browser without JavaScript uses
// them: create a draft (a mistake comes back beside its field with what was
// typed), see its completeness, record why an indicator is missing, upload a
// file, see the dry run, confirm, preview the public pages with the draft
// applied, publish with a confirmation, and find the figure on the public
// indicator page at the very next request.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PATHS } from '../../src/views/site-paths.js';
import { ENGINES } from '../support/databases.js';
import { PEOPLE, addPerson, startAccountsApp } from '../admin/support/accounts-app.js';
import type { AccountsApp } from '../admin/support/accounts-app.js';
import { decodeHtml, readForm } from '../admin/support/read-form.js';
import { Visitor } from '../admin/support/visitor.js';
import { csv, postMultipart, snapshot, textOf } from './support.js';

const POLICY = 'inklusionspolitik-2011-2014';
const TRYGHED_PAGE = PATHS.da.indicator(POLICY, 'tryghed');

describe.each(ENGINES)('the releases screens on %s', (engine) => {
  let demo: AccountsApp;
  let analyst: Visitor;
  let releaseId: number;

  beforeAll(async () => {
    demo = await startAccountsApp(engine);
    await addPerson(demo.database.db, PEOPLE.analyst);
    analyst = new Visitor(demo.app);
    await analyst.signIn(PEOPLE.analyst.email, PEOPLE.analyst.password);
  });
  afterAll(() => demo.close());

  it('lists the releases with their state and completeness', async () => {
    const list = await analyst.get('/admin/releases');
    expect(list.statusCode).toBe(200);
    const text = textOf(list.body);
    expect(text).toContain('Nye tal januar 2013');
    expect(text).toContain('Offentliggjort');
    expect(text).toMatch(/\d+ af \d+ indikatorer/);
  });

  it('creates a draft, keeping what was typed when a field is wrong', async () => {
    await analyst.get('/admin/releases/new');
    const form = readForm(analyst.lastPage, '/admin/releases');
    const refused = await analyst.post('/admin/releases', { ...form, title_da: '', title_en: 'Figures, January 2014' });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toMatch(/id="field-title_da-error"[^>]*><span class="sr-only">Fejl: <\/span>Skal udfyldes\./);
    expect(readForm(refused.body, '/admin/releases').title_en).toBe('Figures, January 2014');

    const created = await analyst.post('/admin/releases', { ...readForm(refused.body, '/admin/releases'), title_da: 'Nye tal januar 2014' });
    expect(created.statusCode).toBe(303);
    releaseId = Number(/\/admin\/releases\/(\d+)/.exec(String(created.headers.location))![1]);
    const page = await analyst.get(String(created.headers.location));
    expect(page.statusCode).toBe(200);
    const text = textOf(page.body);
    expect(text).toContain('Kladden er oprettet.');
    expect(text).toContain('Nye tal for 0 af 15 indikatorer');
    const audit = await demo.database.db
      .selectFrom('audit_log')
      .selectAll()
      .where('entity', '=', 'release')
      .where('entity_id', '=', String(releaseId))
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['create']);
  });

  it('records why an indicator is missing, who owes it and when it is expected', async () => {
    await analyst.get(`/admin/releases/${releaseId}/missing?indicator=ledere-minoritet`);
    const form = readForm(analyst.lastPage, `/admin/releases/${releaseId}/missing`);
    expect(form.indicator).toBe('ledere-minoritet');
    const refused = await analyst.post(`/admin/releases/${releaseId}/missing`, { ...form, administration: '99999', reason_da: 'Lønsystemet er ikke klar' });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('id="field-administration-error"');
    expect(readForm(refused.body, `/admin/releases/${releaseId}/missing`).reason_da).toBe('Lønsystemet er ikke klar');

    const saved = await analyst.post(`/admin/releases/${releaseId}/missing`, { ...form, reason_da: 'Lønsystemet er ikke klar', expected_da: 'Marts 2014' });
    expect(saved.statusCode).toBe(303);
    const page = textOf((await analyst.get(String(saved.headers.location))).body);
    expect(page).toContain('Årsagen er registreret.');
    expect(page).toContain('Lønsystemet er ikke klar');
    expect(page).toContain('Marts 2014');
  });

  it('shows a dry run of an upload, then commits it into the draft', async () => {
    await analyst.get(`/admin/releases/${releaseId}/import`);
    const before = await snapshot(demo.database.db);
    const file = csv('tryghed;2013;total;kbh;76,4;;', 'tryghed;2012;total;kbh;74;;');
    const preview = await postMultipart(demo.app, analyst, `/admin/releases/${releaseId}/import`, { format: '', note: '' }, [
      { field: 'file', name: 'tal.csv', bytes: file },
    ]);
    expect(preview.statusCode).toBe(200);
    expect(textOf(preview.body)).toContain('1 nyt, 0 ændrede og 1 uændret tal.');
    expect(await snapshot(demo.database.db)).toEqual(before);

    const confirm = readForm(preview.body, `/admin/releases/${releaseId}/import/commit`);
    expect(Buffer.from(String(confirm.carried_file), 'base64').toString('utf8')).toBe(file);
    const committed = await postMultipart(demo.app, analyst, `/admin/releases/${releaseId}/import/commit`, confirm as Record<string, string>, []);
    expect(committed.statusCode).toBe(303);
    const page = textOf((await analyst.get(String(committed.headers.location))).body);
    expect(page).toContain('1 tal er lagt i kladden.');
    expect(page).toContain('Nye tal for 1 af 15 indikatorer');
    expect(page).toContain('76,4');
    // Still a draft: the public page does not have it.
    expect((await demo.app.inject(TRYGHED_PAGE)).body).not.toContain('76,4');
  });

  it('enters one figure through the form, with problems beside the fields', async () => {
    await analyst.get(`/admin/releases/${releaseId}/figures/new`);
    const form = readForm(analyst.lastPage, `/admin/releases/${releaseId}/figures`);
    const wrong = await analyst.post(`/admin/releases/${releaseId}/figures`, {
      ...form,
      indicator: 'overledighed',
      period: '2013',
      group: 'etnisk-minoritet',
      value: 'mange',
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.body).toContain('id="field-value-error"');
    expect(textOf(wrong.body)).toContain('Skriv et tal');
    expect(readForm(wrong.body, `/admin/releases/${releaseId}/figures`).value).toBe('mange');
    const saved = await analyst.post(`/admin/releases/${releaseId}/figures`, { ...readForm(wrong.body, `/admin/releases/${releaseId}/figures`), value: '9,1' });
    expect(saved.statusCode).toBe(303);

    // Changing a published figure needs a reason, asked for beside its field.
    const revision = { ...form, indicator: 'overledighed', period: '2012', group: 'etnisk-minoritet', value: '9,7' };
    const unexplained = await analyst.post(`/admin/releases/${releaseId}/figures`, revision);
    expect(unexplained.statusCode).toBe(400);
    expect(unexplained.body).toContain('id="field-reason-error"');
    const explained = await analyst.post(`/admin/releases/${releaseId}/figures`, { ...revision, reason: 'Endelige tal fra Danmarks Statistik' });
    expect(explained.statusCode).toBe(303);
    expect(textOf((await analyst.get(`/admin/releases/${releaseId}`)).body)).toContain('Nye tal for 2 af 15 indikatorer');
  });

  it('offers templates pre-filled with the expected rows', async () => {
    const all = await analyst.get(`/admin/releases/${releaseId}/template`);
    expect(all.statusCode).toBe(200);
    expect(all.headers['content-type']).toContain('text/csv');
    expect(all.body).toContain('tryghed;2013;total;kbh;');
    const owner = await analyst.get(`/admin/releases/${releaseId}/template?administration=BIF&format=xlsx`);
    expect(owner.statusCode).toBe(200);
    expect(owner.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });

  it('previews the public pages with the draft applied, and keeps nothing of it', async () => {
    const before = await snapshot(demo.database.db);
    const indicator = await analyst.get(`/admin/releases/${releaseId}/preview?indicator=tryghed`);
    expect(indicator.statusCode).toBe(200);
    expect(indicator.body).toContain('Forhåndsvisning af');
    expect(indicator.body).toContain('76,4');
    const front = await analyst.get(`/admin/releases/${releaseId}/preview`);
    expect(front.statusCode).toBe(200);
    expect(textOf(front.body)).toContain('Nye tal januar 2014');
    expect(textOf(front.body)).toContain('Nye tal for 2 af 15 indikatorer.');
    expect(textOf((await demo.app.inject('/')).body)).not.toContain('Nye tal januar 2014');
    expect(await snapshot(demo.database.db)).toEqual(before);
    expect((await demo.app.inject(TRYGHED_PAGE)).body).not.toContain('76,4');
  });

  it('publishes after a confirmation, and the public sees it at the next request', async () => {
    // Warm the public cache first, so the test shows it does not serve the old page.
    expect((await demo.app.inject(TRYGHED_PAGE)).statusCode).toBe(200);
    await analyst.get(`/admin/releases/${releaseId}/publish`);
    const form = readForm(analyst.lastPage, `/admin/releases/${releaseId}/publish`);
    const unconfirmed = await analyst.post(`/admin/releases/${releaseId}/publish`, form);
    expect(unconfirmed.statusCode).toBe(400);
    expect(unconfirmed.body).toContain('id="field-confirm-error"');
    expect((await demo.database.db.selectFrom('releases').select('state').where('id', '=', releaseId).executeTakeFirstOrThrow()).state).toBe('draft');

    const published = await analyst.post(`/admin/releases/${releaseId}/publish`, { ...form, confirm: 'on', published_on: '2014-01-20' });
    expect(published.statusCode).toBe(303);
    expect(textOf((await analyst.get(String(published.headers.location))).body)).toContain('2 nye og 1 revideret tal');
    const publicPage = await demo.app.inject(TRYGHED_PAGE);
    expect(publicPage.statusCode).toBe(200);
    expect(publicPage.body).toContain('76,4');

    // A published release stays, read only.
    const again = await analyst.post(`/admin/releases/${releaseId}/publish`, { ...form, confirm: 'on' });
    expect(again.statusCode).toBe(409);
    const page = await analyst.get(`/admin/releases/${releaseId}`);
    expect(decodeHtml(page.body)).toContain('kan ikke ændres');
  });
});
