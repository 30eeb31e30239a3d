// The project-bank screens over HTTP: a project owner reaches only its own
// projects; quarterly ratings show the escalation that follows; edits made
// from an old version are refused; internal fields typed in the admin area
// never reach the public pages or the public CSV; an import with one bad row
// changes nothing and names the row, column and reason; hostile text is
// shown as text.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAuditEntries } from '../../src/db/repositories/audit.js';
import { fieldError, readForm } from '../admin/support/read-form.js';
import { ENGINES } from '../support/databases.js';
import { multipartBody, startBankApp } from '../support/admin-screens.js';
import type { BankApp } from '../support/admin-screens.js';

const HOSTILE = `<script>x("1")</script>&'`;
const countProjects = async (bank: BankApp) => (await bank.database.db.selectFrom('projects').select('id').execute()).length;

describe.each(ENGINES)('the project-bank screens on %s', (engine) => {
  let bank: BankApp;
  let ownProject: number;
  let othersProject: number;
  beforeAll(async () => {
    bank = await startBankApp(engine);
    // The demo's Jobpatruljer (3.000.000 kr. co-funding, monitored) belongs to the walking owner, Lektiecaféer to another.
    ownProject = await bank.idOf('projects', 'PB-2011-03');
    othersProject = await bank.idOf('projects', 'PB-2011-01');
    await bank.database.db.updateTable('projects').set({ owner_user_id: bank.userIds.project_owner }).where('id', '=', ownProject).execute();
    await bank.database.db.updateTable('projects').set({ owner_user_id: bank.userIds.otherOwner }).where('id', '=', othersProject).execute();
  });
  afterAll(() => bank.close());

  it('lets a project owner see and change its own projects only', async () => {
    const owner = bank.visitors.project_owner;
    const mine = await owner.get('/admin/my-projects');
    expect(mine.statusCode).toBe(200);
    expect(mine.body).toContain(`href="/admin/projects/${ownProject}"`);
    expect(mine.body).not.toContain(`href="/admin/projects/${othersProject}"`);
    expect((await owner.get('/admin/projects')).statusCode).toBe(403);
    const start = await owner.get('/admin');
    expect(start.body).toContain(`href="/admin/projects/${ownProject}"`);
    expect(start.body).not.toContain(`href="/admin/projects/${othersProject}"`);
    expect((await owner.get(`/admin/projects/${ownProject}`)).statusCode).toBe(200);
    // The owner's page carries no internal fields and no decision form.
    const page = (await owner.get(`/admin/projects/${ownProject}`)).body;
    expect(page).not.toContain('INTERNT');
    expect(page).not.toContain(`/admin/projects/${ownProject}/decisions`);

    const others = await owner.get(`/admin/projects/${othersProject}`);
    expect(others.statusCode).toBe(403);
    expect(others.body).not.toContain('Lektiecaféer');
    const csrf = { csrf: owner.csrfToken() };
    const version = (await bank.database.db.selectFrom('projects').select('version').where('id', '=', othersProject).executeTakeFirstOrThrow()).version;
    for (const [url, fields] of [
      [`/admin/projects/${othersProject}/edit`, { title: 'Overtaget', owner: 'x', startOn: '2011-01-01', endOn: '2013-06-30', version: String(version) }],
      [`/admin/projects/${othersProject}/monitoring`, { quarter: '2012 Q3', rating: 'red', comment: 'x' }],
      [`/admin/projects/${othersProject}/evaluations`, { 'e0.state': 'planned', 'e0.method': 'x' }],
    ] as const) {
      expect((await owner.post(url, fields, csrf)).statusCode, url).toBe(403);
    }
    const after = await bank.database.db.selectFrom('projects').select(['title', 'version']).where('id', '=', othersProject).executeTakeFirstOrThrow();
    expect(after).toEqual({ title: 'Lektiecaféer i boligområderne', version });

    // Its own project: the owner edits the public fields, while committee and internal fields stay as saved.
    const form = readForm((await owner.get(`/admin/projects/${ownProject}/edit`)).body, `/admin/projects/${ownProject}/edit`);
    expect(form).not.toHaveProperty('caseNumber');
    expect(form).not.toHaveProperty('committeeId');
    const saved = await owner.post(`/admin/projects/${ownProject}/edit`, { ...form, targetGroup: 'Ledige beboere', committeeId: '1', internalNote: 'kapret' });
    expect(saved.statusCode).toBe(303);
    const row = await bank.database.db.selectFrom('projects').select(['target_group', 'committee_id']).where('id', '=', ownProject).executeTakeFirstOrThrow();
    expect(row.target_group).toBe('Ledige beboere');
    expect(row.committee_id).toBe(await bank.idOf('committees', 'BIU'));
    const internal = await bank.database.db.selectFrom('project_internal').select('internal_note').where('project_id', '=', ownProject).executeTakeFirst();
    expect(internal?.internal_note).not.toBe('kapret');
  });

  it('records quarterly ratings and shows the escalation that follows, red twice flagging the committee', async () => {
    const owner = bank.visitors.project_owner;
    const url = `/admin/projects/${ownProject}`;
    const ratings = async () =>
      (await listAuditEntries(bank.database.db, { entity: 'project' })).filter(
        (a) => String(a.entity_id) === String(ownProject) && a.action === 'record-monitoring',
      ).length;
    const ratedBefore = await ratings();
    await owner.get(url);
    const future = await owner.post(`${url}/monitoring`, { quarter: '2099 Q1', rating: 'red', comment: 'x' });
    expect(future.statusCode).toBe(400);
    expect(fieldError(future.body, 'quarter')).toBe('Kvartalet er ikke begyndt endnu.');
    const noRating = await owner.post(`${url}/monitoring`, { quarter: '2013 Q1', comment: 'Langsom start' });
    expect(noRating.statusCode).toBe(400);
    expect(fieldError(noRating.body, 'rating')).toBe('Skal udfyldes.');
    expect(readForm(noRating.body, `${url}/monitoring`)).toMatchObject({ quarter: '2013 Q1', comment: 'Langsom start' });

    expect((await owner.post(`${url}/monitoring`, { quarter: '2013 Q1', rating: 'yellow', comment: 'Langsom start' })).statusCode).toBe(303);
    expect((await owner.get(url)).body).toContain('Lige nu: Puljeholder kontakter projektet');
    await owner.get(url);
    expect((await owner.post(`${url}/monitoring`, { quarter: '2013 Q2', rating: 'red', comment: 'Ingen deltagere' })).statusCode).toBe(303);
    expect((await owner.get(url)).body).toContain('Lige nu: Projektet skal lave en handleplan');
    await owner.get(url);
    expect((await owner.post(`${url}/monitoring`, { quarter: '2013 Q3', rating: 'red', comment: 'Stadig ingen' })).statusCode).toBe(303);
    expect((await owner.get(url)).body).toContain('Lige nu: Rød to gange i træk: det ansvarlige udvalg skal have et brev');

    const board = await bank.visitors.analyst.get('/admin/projects/board');
    expect(board.statusCode).toBe(200);
    expect(board.body).toContain(`href="/admin/projects/${ownProject}"`);
    // Jobpatruljer's period is over and it was ended (2013-03-18): the step its ratings ask for is
    // closed, so no letter flag is raised for a project nobody can steer any more.
    expect(board.body).not.toContain('Brev til udvalget');
    expect(board.body).toContain('Afventer beslutning'); // the demo's project past its end without a decision
    // The BIU member sees its committee's page, without links into the project bank.
    const committee = await bank.visitors.committee_member.get('/admin/committee');
    expect(committee.statusCode).toBe(200);
    expect(committee.body).not.toContain(`href="/admin/projects/`);
    expect((await bank.visitors.committee_member.get(`/admin/projects/${ownProject}`)).statusCode).toBe(403);

    // The secretariat records that the step was taken; the flag goes down.
    const analyst = bank.visitors.analyst;
    await analyst.get(url);
    expect((await analyst.post(`${url}/follow-up`, { followUpQuarter: '2013 Q3', followUpOn: '2013-10-15', followUpNote: 'Brev sendt' })).statusCode).toBe(303);
    expect((await analyst.get(url)).body).toContain('(taget)');
    expect(await ratings()).toBe(ratedBefore + 3);
  });

  it('records evaluations and the end decision, checking what belongs together', async () => {
    const analyst = bank.visitors.analyst;
    const url = `/admin/projects/${ownProject}`;
    await analyst.get(url);
    const done = await analyst.post(`${url}/evaluations`, { 'e0.state': 'done', 'e0.method': 'Registeropfølgning' });
    expect(done.statusCode).toBe(400);
    expect(fieldError(done.body, 'e0-completedOn')).toBe('En gennemført evaluering skal have en dato og et resultat.');
    expect(
      (await analyst.post(`${url}/evaluations`, { 'e0.state': 'planned', 'e0.method': 'Registeropfølgning', 'e0.plannedFor': '2014-01-01' })).statusCode,
    ).toBe(303);
    const evaluation = await bank.database.db
      .selectFrom('project_evaluations')
      .select('id')
      .where('project_id', '=', ownProject)
      .where('method', '=', 'Registeropfølgning')
      .executeTakeFirstOrThrow();
    await analyst.get(url);
    const p = `e${evaluation.id}.`;
    expect(
      (
        await analyst.post(`${url}/evaluations`, {
          [`${p}state`]: 'done',
          [`${p}method`]: 'Registeropfølgning',
          [`${p}completedOn`]: '2014-02-01',
          [`${p}result`]: 'Flere i job',
        })
      ).statusCode,
    ).toBe(303);
    expect((await analyst.get(url)).body).toContain('Flere i job');

    await analyst.get(url);
    const extend = await analyst.post(`${url}/decisions`, { kind: 'extend', decidedOn: '2014-01-10' });
    expect(extend.statusCode).toBe(400);
    expect(fieldError(extend.body, 'extendedUntil')).toContain('ny slutdato');
    expect((await analyst.post(`${url}/decisions`, { kind: 'anchor', decidedOn: '2014-01-10', decisionNote: 'Forankres' })).statusCode).toBe(303);
    expect((await analyst.get(url)).body).toContain('Forankres i den almindelige drift');
    // A project owner does not decide.
    const owner = bank.visitors.project_owner;
    await owner.get(url);
    expect((await owner.post(`${url}/decisions`, { kind: 'end', decidedOn: '2014-01-10' })).statusCode).toBe(403);
  });

  it('refuses an edit made from an old version, keeping what was typed', async () => {
    const admin = bank.visitors.administrator;
    const url = `/admin/projects/${othersProject}/edit`;
    const form = readForm((await admin.get(url)).body, url);
    expect((await admin.post(url, { ...form, contact: 'Ny kontakt' })).statusCode).toBe(303);
    const stale = await admin.post(url, { ...form, contact: 'Gammel fane' });
    expect(stale.statusCode).toBe(409);
    expect(stale.body).toContain('Intet er gemt');
    expect(readForm(stale.body, url).contact).toBe('Gammel fane');
    const row = await bank.database.db.selectFrom('projects').select('contact').where('id', '=', othersProject).executeTakeFirstOrThrow();
    expect(row.contact).toBe('Ny kontakt');
  });

  it('creates a project with internal fields that never reach the public pages or the public CSV', async () => {
    const admin = bank.visitors.administrator;
    const form = readForm((await admin.get('/admin/projects/new')).body, '/admin/projects');
    const fields = {
      ...form,
      title: 'Sprogcafé for nye naboer',
      owner: 'Biblioteket',
      committeeId: String(await bank.idOf('committees', 'KFU')),
      startOn: '2013-01-01',
      endOn: '2012-12-31',
      budgetKr: '100000',
      cofundingKr: '200000',
      caseNumber: 'SAG-HEMMELIG-77',
      internalNote: 'HEMMELIG NOTE om budgettet',
      reference: 'PB-2011-01',
    };
    const refused = await admin.post('/admin/projects', fields);
    expect(refused.statusCode).toBe(400);
    expect(fieldError(refused.body, 'endOn')).toBe('Slutdatoen må ikke ligge før startdatoen.');
    expect(fieldError(refused.body, 'cofundingKr')).toBe('Medfinansieringen må ikke være større end hele budgettet.');
    expect(fieldError(refused.body, 'reference')).toBe('Et andet projekt har allerede dette nummer.');
    expect(readForm(refused.body, '/admin/projects')).toMatchObject({ caseNumber: 'SAG-HEMMELIG-77', internalNote: 'HEMMELIG NOTE om budgettet' });
    const created = await admin.post('/admin/projects', { ...fields, endOn: '2013-12-31', cofundingKr: '50000', reference: 'PB-2013-99' });
    expect(created.statusCode).toBe(303);
    const id = await bank.idOf('projects', 'PB-2013-99');
    expect((await admin.get(`/admin/projects/${id}`)).body).toContain('HEMMELIG NOTE om budgettet');
    for (const url of [`/projekter/${id}`, `/en/projects/${id}`, '/projekter', '/projekter.csv', '/en/projects.csv']) {
      const response = await bank.app.inject({ method: 'GET', url });
      expect(response.statusCode, url).toBe(200);
      expect(response.body, url).not.toContain('HEMMELIG');
      expect(response.body, url).not.toContain('INTERNT');
    }
    expect((await bank.app.inject({ method: 'GET', url: `/projekter/${id}` })).body).toContain('Sprogcafé for nye naboer');
  });

  it('imports a project list all or nothing, naming every problem by row, column and reason', async () => {
    const admin = bank.visitors.administrator;
    const page = await admin.get('/admin/projects/import');
    expect(page.body).toContain('enctype="multipart/form-data"');
    const upload = (csv: string, mode: string) => {
      const body = multipartBody({ _csrf: admin.csrfToken(), mode }, { field: 'file', name: 'projekter.csv', type: 'text/csv', bytes: Buffer.from(csv) });
      return bank.app.inject({
        method: 'POST',
        url: '/admin/projects/import',
        payload: body.payload,
        headers: { 'content-type': body.contentType, cookie: [...admin.cookies].map(([n, v]) => `${n}=${v}`).join('; ') },
      });
    };
    const bad = [
      'Titel;Projektejer;Udvalg;Startdato;Slutdato;Budget',
      'God række;Ejer;BIU;2012-01-01;2012-12-31;1000',
      'Dårlig række;Ejer;XYZ;2012-01-01;2012-12-31;1000',
    ].join('\n');
    const before = await countProjects(bank);
    for (const mode of ['check', 'commit']) {
      const response = await upload(bad, mode);
      expect(response.statusCode, mode).toBe(400);
      expect(response.body).toContain('Filen har 1 problem. Intet er importeret.');
      const table = response.body.slice(response.body.indexOf('admin-import-problems'));
      expect(table).toMatch(/<td>3<\/td><td>Udvalg<\/td><td>[^<]*XYZ/);
      expect(await countProjects(bank)).toBe(before);
    }
    // Without the CSRF token the upload is refused like any form.
    const forged = multipartBody({ mode: 'commit' }, { field: 'file', name: 'p.csv', type: 'text/csv', bytes: Buffer.from(bad) });
    const refused = await bank.app.inject({
      method: 'POST',
      url: '/admin/projects/import',
      payload: forged.payload,
      headers: { 'content-type': forged.contentType, cookie: [...admin.cookies].map(([n, v]) => `${n}=${v}`).join('; ') },
    });
    expect(refused.statusCode).toBe(403);

    const good = [
      'Titel;Projektejer;Udvalg;Startdato;Slutdato',
      'Importeret A;Ejer;BIU;2012-01-01;2012-12-31',
      'Importeret B;Ejer;BUU;2012-01-01;2012-12-31',
    ].join('\n');
    await admin.get('/admin/projects/import');
    const dry = await upload(good, 'check');
    expect(dry.statusCode).toBe(200);
    expect(dry.body).toContain('2 projekter kan importeres');
    expect(await countProjects(bank)).toBe(before);
    const done = await upload(good, 'commit');
    expect(done.statusCode).toBe(200);
    expect(done.body).toContain('2 projekter er importeret.');
    expect(await countProjects(bank)).toBe(before + 2);
  });

  it('shows hostile text as text on the project pages and lists', async () => {
    const admin = bank.visitors.administrator;
    const url = `/admin/projects/${othersProject}/edit`;
    const form = readForm((await admin.get(url)).body, url);
    expect((await admin.post(url, { ...form, title: HOSTILE, description: HOSTILE, internalNote: HOSTILE })).statusCode).toBe(303);
    await admin.get(`/admin/projects/${othersProject}`);
    expect((await admin.post(`/admin/projects/${othersProject}/monitoring`, { quarter: '2012 Q3', rating: 'green', comment: HOSTILE })).statusCode).toBe(303);
    for (const page of [`/admin/projects/${othersProject}`, url, '/admin/projects', '/admin/projects/board', '/admin/projects?q=%3Cscript%3E']) {
      const body = (await admin.get(page)).body;
      expect(body, page).not.toMatch(/<script/i);
      expect(body, page).not.toContain(HOSTILE);
    }
    expect((await admin.get(`/admin/projects/${othersProject}`)).body).toContain('&lt;script>x(&quot;1&quot;)&lt;/script>&amp;');
    expect(readForm((await admin.get(url)).body, url).title).toBe(HOSTILE);
  });
});
