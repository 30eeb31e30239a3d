// Editing an indicator in the admin area: every field is saved and shown
// again, a form with mistakes comes back with the problems beside the fields
// and what was typed, and an edit made meanwhile by someone else is caught.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../support/databases.js';
import { PEOPLE, addPerson, startAccountsApp } from './support/accounts-app.js';
import type { AccountsApp } from './support/accounts-app.js';
import { fieldError, readForm } from './support/read-form.js';
import { Visitor } from './support/visitor.js';

describe.each(ENGINES)('the indicator editor on %s', (engine) => {
  let demo: AccountsApp;
  let analyst: Visitor;
  let indicatorId: number;
  let groupIds: Record<string, number>;

  beforeAll(async () => {
    demo = await startAccountsApp(engine);
    await addPerson(demo.database.db, PEOPLE.analyst);
    await addPerson(demo.database.db, PEOPLE.administrator);
    analyst = new Visitor(demo.app);
    await analyst.signIn(PEOPLE.analyst.email, PEOPLE.analyst.password);
    indicatorId = (await demo.database.db.selectFrom('indicators').select('id').where('code', '=', 'frafald-ungdomsuddannelse').executeTakeFirstOrThrow()).id;
    const groups = await demo.database.db.selectFrom('groups').select(['id', 'code']).execute();
    groupIds = Object.fromEntries(groups.map((g) => [g.code, g.id]));
  });
  afterAll(() => demo.close());

  const url = () => `/admin/indicators/${indicatorId}`;
  const row = () => demo.database.db.selectFrom('indicators').selectAll().where('id', '=', indicatorId).executeTakeFirstOrThrow();

  it('saves every field and shows it again', async () => {
    const form = readForm((await analyst.get(url())).body, url());
    const changed = {
      ...form,
      title_da: 'Beskæftigelse blandt borgere med anden etnisk baggrund',
      title_en: 'Employment among residents of other ethnic origin',
      unit: '%',
      precision: '2',
      direction: 'increase',
      method: 'trajectory',
      tolerance: '0,5',
      baseline_period: '2010',
      target_value: '80,25',
      target_period: '2014',
      limit_value: '',
      is_main: [],
      headline_kind: 'gap',
      headline_group_id: String(groupIds['etnisk-minoritet']),
      reference_group_id: String(groupIds['dansk-oprindelse']),
      groups: [String(groupIds.total), String(groupIds['etnisk-minoritet']), String(groupIds['dansk-oprindelse'])],
      update_frequency: 'quarterly',
      min_value: '0',
      max_value: '100',
      source_da: 'Danmarks Statistik',
    };
    const saved = await analyst.post(url(), changed);
    expect(saved.statusCode).toBe(303);
    expect(saved.headers.location).toBe(`${url()}?saved=1`);

    const stored = await row();
    expect(stored).toMatchObject({
      title_da: changed.title_da,
      precision: 2,
      method: 'trajectory',
      tolerance: 0.5,
      target_value: 80.25,
      target_period: '2014',
      is_main: 0,
      headline_kind: 'gap',
      headline_group_id: groupIds['etnisk-minoritet'],
      reference_group_id: groupIds['dansk-oprindelse'],
      update_frequency: 'quarterly',
      min_value: 0,
      max_value: 100,
      limit_value: null,
    });
    const links = await demo.database.db.selectFrom('indicator_groups').select('group_id').where('indicator_id', '=', indicatorId).execute();
    expect(links.map((l) => l.group_id).sort()).toEqual(changed.groups.map(Number).sort());

    const shown = await analyst.get(`${url()}?saved=1`);
    expect(shown.body).toContain('Ændringerne er gemt.');
    const again = readForm(shown.body, url());
    expect(again).toMatchObject({ tolerance: '0,5', target_value: '80,25', method: 'trajectory', headline_kind: 'gap' });

    const audit = await demo.database.db
      .selectFrom('audit_log')
      .selectAll()
      .where('entity', '=', 'indicator')
      .where('entity_id', '=', String(indicatorId))
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ actor: PEOPLE.analyst.email, action: 'update' });
    expect(JSON.parse(audit.before!)).toMatchObject({ method: null, tolerance: expect.any(Number) });
    expect(JSON.parse(audit.after!)).toMatchObject({ method: 'trajectory', tolerance: 0.5, links: changed.groups.map(Number).sort((a, b) => a - b) });
  });

  it('answers a form with mistakes with the problems beside the fields, keeping what was typed', async () => {
    const form = readForm((await analyst.get(url())).body, url());
    const before = await row();
    const response = await analyst.post(url(), {
      ...form,
      title_da: '  ',
      tolerance: 'en smule',
      precision: '9',
      target_period: '2014 og frem',
      headline_kind: 'total',
    });
    expect(response.statusCode).toBe(400);
    expect(fieldError(response.body, 'title_da')).toBe('Skal udfyldes.');
    expect(fieldError(response.body, 'tolerance')).toBe('Skriv et tal, fx 12,5.');
    expect(fieldError(response.body, 'precision')).toBe('Skal være mellem 0 og 6.');
    expect(fieldError(response.body, 'target_period')).toMatch(/^Skriv en periode/);
    expect(fieldError(response.body, 'unit')).toBeNull();
    expect(response.body).toContain('Der er fejl i formularen');
    expect(readForm(response.body, url())).toMatchObject({ tolerance: 'en smule', precision: '9', target_period: '2014 og frem' });
    expect(await row()).toEqual(before);
  });

  it('checks rules between fields', async () => {
    const form = readForm((await analyst.get(url())).body, url());
    const response = await analyst.post(url(), { ...form, headline_kind: 'gap', reference_group_id: '' });
    expect(response.statusCode).toBe(400);
    expect(fieldError(response.body, 'reference_group_id')).toBe('Vælg den gruppe, forskellen måles i forhold til.');
  });

  it("saves the English unit and a gap indicator's group unit in both languages, with the audit, and refuses a group unit elsewhere", async () => {
    const gapId = (await demo.database.db.selectFrom('indicators').select('id').where('code', '=', 'overledighed').executeTakeFirstOrThrow()).id;
    const gapUrl = `/admin/indicators/${gapId}`;
    const form = readForm((await analyst.get(gapUrl)).body, gapUrl);
    // The demo data has them already; the form shows what is stored.
    expect(form).toMatchObject({ unit: 'procentpoint', unit_en: 'percentage points', group_unit_da: 'procent', group_unit_en: 'percent' });

    const saved = await analyst.post(gapUrl, { ...form, unit_en: 'percentage pts.', group_unit_da: '%', group_unit_en: '' });
    expect(saved.statusCode).toBe(303);
    const stored = await demo.database.db.selectFrom('indicators').selectAll().where('id', '=', gapId).executeTakeFirstOrThrow();
    expect(stored).toMatchObject({ unit: 'procentpoint', unit_en: 'percentage pts.', group_unit_da: '%', group_unit_en: null });
    expect(readForm((await analyst.get(gapUrl)).body, gapUrl)).toMatchObject({ unit_en: 'percentage pts.', group_unit_da: '%', group_unit_en: '' });
    const audit = await demo.database.db
      .selectFrom('audit_log')
      .selectAll()
      .where('entity', '=', 'indicator')
      .where('entity_id', '=', String(gapId))
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ actor: PEOPLE.analyst.email, action: 'update' });
    expect(JSON.parse(audit.before!)).toMatchObject({ unit_en: 'percentage points', group_unit_da: 'procent', group_unit_en: 'percent' });
    expect(JSON.parse(audit.after!)).toMatchObject({ unit_en: 'percentage pts.', group_unit_da: '%', group_unit_en: null });

    const englishOnly = await analyst.post(gapUrl, { ...readForm((await analyst.get(gapUrl)).body, gapUrl), group_unit_da: '', group_unit_en: 'percent' });
    expect(englishOnly.statusCode).toBe(400);
    expect(fieldError(englishOnly.body, 'group_unit_da')).toBe('Skriv gruppernes enhed på dansk, før den engelske.');
    const notAGap = await analyst.post(url(), { ...readForm((await analyst.get(url())).body, url()), headline_kind: 'total', group_unit_da: 'procent' });
    expect(notAGap.statusCode).toBe(400);
    expect(fieldError(notAGap.body, 'group_unit_da')).toBe(
      'Kun en indikator, der bygger på forskellen mellem to grupper, kan have en særskilt enhed for grupperne.',
    );
    expect(
      await demo.database.db.selectFrom('indicators').select(['group_unit_da', 'group_unit_en']).where('id', '=', gapId).executeTakeFirstOrThrow(),
    ).toEqual({
      group_unit_da: '%',
      group_unit_en: null,
    });
  });

  it('catches an edit made by someone else since the form was opened, and loses neither', async () => {
    const mine = readForm((await analyst.get(url())).body, url());
    const admin = new Visitor(demo.app);
    await admin.signIn(PEOPLE.administrator.email, PEOPLE.administrator.password);
    const theirs = readForm((await admin.get(url())).body, url());
    expect((await admin.post(url(), { ...theirs, unit: 'procent' })).statusCode).toBe(303);

    const refused = await analyst.post(url(), { ...mine, source_da: 'Jobindsats.dk' });
    expect(refused.statusCode).toBe(409);
    expect(refused.body).toContain('En anden har ændret dette, efter du åbnede det.');
    expect(refused.body).toMatch(/<th scope="row">Enhed<\/th><td>procent<\/td>/);
    expect((await row()).unit).toBe('procent');
    expect((await row()).source_da).not.toBe('Jobindsats.dk');

    // The form came back with what was typed and the new version: saving now is a decision, and it goes through.
    const retry = readForm(refused.body, url());
    expect(retry.source_da).toBe('Jobindsats.dk');
    expect((await analyst.post(url(), retry)).statusCode).toBe(303);
    expect((await row()).source_da).toBe('Jobindsats.dk');
  });

  it('creates a new indicator, and refuses a code already in use in the policy', async () => {
    const form = readForm((await analyst.get('/admin/indicators/new')).body, '/admin/indicators');
    const goalId = (await row()).goal_id;
    const fields = { ...form, goal_id: String(goalId), code: 'ny-indikator', title_da: 'Ny indikator', unit: 'antal', precision: '0', tolerance: '1' };
    const created = await analyst.post('/admin/indicators', fields);
    expect(created.statusCode).toBe(303);
    const id = Number(/\/admin\/indicators\/(\d+)\?created=1$/.exec(String(created.headers.location))![1]);
    expect(await demo.database.db.selectFrom('indicators').select(['code', 'policy_id']).where('id', '=', id).executeTakeFirstOrThrow()).toEqual({
      code: 'ny-indikator',
      policy_id: (await row()).policy_id,
    });
    const duplicate = await analyst.post('/admin/indicators', fields);
    expect(duplicate.statusCode).toBe(400);
    expect(fieldError(duplicate.body, 'code')).toBe('Koden er allerede i brug.');
  });
});
