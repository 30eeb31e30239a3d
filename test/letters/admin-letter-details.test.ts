// What makes a generated letter sendable, through the admin area in process
// on both engines: the letter's date chosen on the form (so a draft made in
// December about January's release keeps its deadlines), its case and
// document numbers, the sender's details with the signatory, the
// orientation letter going to the other committees only, and the letter
// about a project rated red two quarters in a row, reached from the board.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandLineActor } from '../../src/domain/permissions.js';
import { loadCycleDemoData, readCycleDemoFile } from '../../src/services/demo/load-cycle-demo-data.js';
import { loadProjectDemoData, readProjectDemoFile } from '../../src/services/demo/load-project-demo-data.js';
import { ENGINES } from '../support/databases.js';
import { DEMO_LOADED_AT, PEOPLE, addPerson, startAccountsApp } from '../admin/support/accounts-app.js';
import type { AccountsApp } from '../admin/support/accounts-app.js';
import { Visitor } from '../admin/support/visitor.js';
import { readForm } from '../admin/support/read-form.js';

const decode = (html: string) =>
  html
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

describe.each(ENGINES)('sendable letters in the admin area on %s', (engine) => {
  let demo: AccountsApp;
  let analyst: Visitor;
  let admin: Visitor;
  let jobpatruljer: number;

  beforeAll(async () => {
    demo = await startAccountsApp(engine);
    await loadProjectDemoData(demo.database.db, await readProjectDemoFile(), { actor: commandLineActor('test'), now: DEMO_LOADED_AT });
    await loadCycleDemoData(demo.database.db, await readCycleDemoFile(), { actor: commandLineActor('test'), now: DEMO_LOADED_AT });
    for (const role of ['administrator', 'analyst'] as const) await addPerson(demo.database.db, PEOPLE[role]);
    analyst = new Visitor(demo.app);
    await analyst.signIn(PEOPLE.analyst.email, PEOPLE.analyst.password);
    admin = new Visitor(demo.app);
    await admin.signIn(PEOPLE.administrator.email, PEOPLE.administrator.password);
    jobpatruljer = (
      await demo.database.db.selectFrom('projects').select('id').where('title', '=', 'Jobpatruljer i udsatte boligområder').executeTakeFirstOrThrow()
    ).id;
  }, 120_000);
  afterAll(() => demo.close());

  async function create(fields: Record<string, string>): Promise<string> {
    await analyst.get('/admin/letters');
    const created = await analyst.post('/admin/letters', { release: 'latest', committee: '', project: '', lang: 'da', ...fields });
    expect(created.statusCode, decode(created.body).slice(0, 400)).toBe(303);
    return String(created.headers.location).replace(/\?.*$/, '');
  }

  it('dates a letter by the date field, so its deadlines are the ones after that day', async () => {
    const home = await analyst.get('/admin/letters');
    expect(home.body).toMatch(/<input[^>]*type="date"[^>]*name="date"|<input[^>]*name="date"[^>]*type="date"/);

    const refused = await analyst.post('/admin/letters', { kind: 'orientation', release: 'latest', lang: 'da', date: '21-01-2013' });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('Skriv datoen som ÅÅÅÅ-MM-DD.');

    const url = await create({ kind: 'orientation', date: '2013-01-21' });
    const preview = decode((await analyst.get(`${url}/preview`)).body);
    expect(preview).toContain('Dato: 21. januar 2013');
    expect(preview).toContain('har disse frister de kommende måneder');
    expect(preview).not.toContain('ingen frister');
    // It goes from the Employment and Integration Committee to the six others.
    expect(preview).toContain('<p>Socialudvalget</p>');
    expect(preview).not.toContain('<p>Beskæftigelses- og Integrationsudvalget</p>');
    expect(preview).toContain('findes på www.kk.dk/inklusionsbarometret.');
  });

  it('prints the case and document numbers saved on the draft, and the sender with the signatory', async () => {
    const url = await create({ kind: 'orientation', date: '2013-01-21' });
    const version = /name="version" value="(\d+)"/.exec((await analyst.get(url)).body)![1]!;
    const saved = await analyst.post(`${url}/filing`, { version, caseNumber: '2013-0004711', documentNumber: '2013-0123456' });
    expect(saved.statusCode).toBe(303);
    const preview = decode((await analyst.get(`${url}/preview`)).body);
    expect(preview).toContain('Sagsnr.: 2013-0004711');
    expect(preview).toContain('Dokumentnr.: 2013-0123456');
    expect(preview).toContain('Beskæftigelses- og Integrationsforvaltningen');
    expect(preview).toContain('Telefon 33 66 28 51');
    expect(preview).toContain('<strong>Anna Mee Allerslev</strong>');
    // An edit made on the old version is refused.
    await analyst.get(url);
    expect((await analyst.post(`${url}/filing`, { version, caseNumber: 'x', documentNumber: '' })).statusCode).toBe(409);
  });

  it("edits the sender's details on their own page, and catches a change made meanwhile", async () => {
    expect((await analyst.get('/admin/letters/sender/details')).statusCode).toBe(403);
    const path = '/admin/letters/sender/details';
    const form = readForm((await admin.get(path)).body, path);
    expect(form).toMatchObject({ letter_signatory_name: 'Anna Mee Allerslev', letter_sending_committee: 'BIU' });
    const bad = await admin.post(path, { ...form, letter_sender_email: 'ikke en adresse' });
    expect(bad.statusCode).toBe(400);
    expect((await admin.post(path, { ...form, letter_signatory_name: 'Formanden' })).statusCode).toBe(303);
    expect((await admin.post(path, { ...form, letter_signatory_name: 'For sent' })).statusCode).toBe(409);
    const url = await create({ kind: 'report', date: '2013-08-15' });
    expect(decode((await analyst.get(`${url}/preview`)).body)).toContain('<strong>Formanden</strong>');
    expect((await admin.post(path, { ...readForm((await admin.get(path)).body, path), letter_signatory_name: 'Anna Mee Allerslev' })).statusCode).toBe(303);
  });

  it('writes the red-twice letter about a project from the board, with its ratings', async () => {
    const board = await admin.get('/admin/projects/board');
    // Jobpatruljer has ended with a decision, so the board no longer holds its letter flag open
    // (and draws no letter link); the letter can still be written from the letters page.
    expect(board.body).not.toContain(`href="/admin/letters?kind=red_twice&amp;project=${jobpatruljer}"`);
    const form = await analyst.get(`/admin/letters?kind=red_twice&project=${jobpatruljer}`);
    expect(form.body).toMatch(new RegExp(`<option value="${jobpatruljer}" selected`));

    const refused = await analyst.post('/admin/letters', { kind: 'red_twice', release: 'latest', project: '', lang: 'da' });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('Vælg det projekt, brevet handler om.');
    const green = await demo.database.db.selectFrom('projects').select('id').where('title', '=', 'Lektiecaféer i boligområderne').executeTakeFirstOrThrow();
    expect((await analyst.post('/admin/letters', { kind: 'red_twice', release: 'latest', project: String(green.id), lang: 'da' })).statusCode).toBe(400);

    const url = await create({ kind: 'red_twice', project: String(jobpatruljer), date: '2012-07-20' });
    const page = decode((await analyst.get(url)).body);
    expect(page).toContain('Jobpatruljer i udsatte boligområder: rød status to kvartaler i træk');
    const preview = decode((await analyst.get(`${url}/preview`)).body);
    expect(preview).toContain('<p>Beskæftigelses- og Integrationsudvalget</p>');
    expect(preview).toContain('Projektet er vurderet rødt i 1. kvartal 2012 og 2. kvartal 2012.');
    expect(preview).toContain('senest 17. august 2012');
    expect(preview).toMatch(/<svg class="marker"[^>]*>.*?<\/svg>Rød/);
    expect((await analyst.get(`${url}/export?format=docx`)).statusCode).toBe(200);
  });

  it('attaches the economic overview to a challenge letter and names the initiatives to reconsider', async () => {
    const url = await create({ kind: 'challenge', committee: 'SOU', economy: 'on', date: '2013-01-21' });
    const preview = decode((await analyst.get(`${url}/preview`)).body);
    expect(preview).toContain('Bilag 2: Økonomioversigt for udvalgets handleplan');
    expect(preview).toContain('Socialudvalgets handleplan for inklusion 2011');
    expect(preview).toMatch(/genovervejer disse dele af planen|Ingen af indsatserne i udvalgets handleplan/);
  });
});
