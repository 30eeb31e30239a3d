// The cycle's admin screens over HTTP (in process), with the role rules on
// real records: a committee member answers its own committee's task and not
// another's, the secretariat returns and approves, files go up (multipart,
// with the CSRF token) and come back down, forms refuse with a message.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCycleDemoData, readCycleDemoFile } from '../../src/services/demo/load-cycle-demo-data.js';
import { loadProjectDemoData, readProjectDemoFile } from '../../src/services/demo/load-project-demo-data.js';
import { MAX_ATTACHMENT_BYTES } from '../../src/services/cycle/task-attachments.js';
import { DEMO_LOADED_AT, PEOPLE, addPerson, startAccountsApp } from '../admin/support/accounts-app.js';
import type { AccountsApp } from '../admin/support/accounts-app.js';
import { Visitor } from '../admin/support/visitor.js';
import { createActionPlan } from '../../src/services/plans/action-plans.js';
import { ENGINES } from '../support/databases.js';
import { taskIdOf } from './support/cycle-demo-database.js';
import { commandLineActor } from '../../src/domain/permissions.js';

/** The text a reader sees: dates sit in <time> elements with non-breaking spaces. */
const shownText = (html: string) => html.replace(/<[^>]+>/g, '').replace(/\u00a0/g, ' ');

const TMU_MEMBER = { email: 'tmu@kk.test', role: 'committee_member' as const, password: 'correct horse battery', committeeCode: 'TMU' };

function multipart(fields: Record<string, string>, file: { name: string; type: string; content: Buffer } | null) {
  const boundary = '----cycle-test-boundary';
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields))
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  if (file) {
    parts.push(
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: ${file.type}\r\n\r\n`),
      file.content,
      Buffer.from('\r\n'),
    );
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` };
}

describe.each(ENGINES)('the cycle screens on %s', (engine) => {
  let demo: AccountsApp;
  const people = new Map<string, Visitor>();
  let biuPlanTask: number;

  beforeAll(async () => {
    demo = await startAccountsApp(engine);
    const ctx = { actor: commandLineActor('test'), now: DEMO_LOADED_AT };
    await loadProjectDemoData(demo.database.db, await readProjectDemoFile(), ctx);
    await loadCycleDemoData(demo.database.db, await readCycleDemoFile(), ctx);
    for (const person of [PEOPLE.administrator, PEOPLE.analyst, PEOPLE.committee_member, PEOPLE.project_owner, PEOPLE.data_supplier, TMU_MEMBER]) {
      await addPerson(demo.database.db, person);
      const visitor = new Visitor(demo.app);
      expect((await visitor.signIn(person.email, person.password)).statusCode).toBe(303);
      people.set(person.email, visitor);
    }
    biuPlanTask = await taskIdOf(demo.database.db, { committee: 'BIU', kind: 'action_plan' });
  });
  afterAll(() => demo.close());

  const as = (email: string) => people.get(email)!;

  it('shows a committee member the wheel, the list and its own committee, not the board', async () => {
    const member = as(PEOPLE.committee_member.email);
    const wheel = await member.get('/admin/cycle');
    expect(wheel.statusCode).toBe(200);
    expect(wheel.body).toMatch(/<svg [^>]*role="img" aria-labelledby="wheel-title-2013 wheel-desc-2013"/);
    expect(wheel.body).toContain('<ol class="cycle-wheel-list">');
    expect(wheel.body).toContain('href="/admin/cycle"');
    expect(wheel.body).not.toContain('Hvem har leveret hvad');
    expect(wheel.body).toContain('<h2>Jeres opgaver i 2013</h2>');
    const supplier = await as(PEOPLE.data_supplier.email).get('/admin/cycle');
    // Own tasks are named by what they are, not by the assignee the reader already is.
    expect(supplier.body).toMatch(/Jeres opgaver i 2013[\s\S]*<th scope="col">Milepæl<\/th>[\s\S]*Nye tal på barometret/);
    expect((await as(PEOPLE.analyst.email).get('/admin/cycle')).body).not.toContain('Jeres opgaver');
    expect((await member.get('/admin/cycle/1/board')).statusCode).toBe(403);
    // Other committees' tasks are listed, without a link the member could not follow.
    const list = (await member.get('/admin/cycle/1/list')).body;
    expect(list).toContain('<th scope="row">Teknik- og Miljøudvalget</th>');
    expect(list).toMatch(/<th scope="row"><a href="\/admin\/cycle\/tasks\/\d+">Beskæftigelses- og Integrationsudvalget<\/a><\/th>/);
    const own = await member.get('/admin/cycle/1/committees?committee=1');
    expect(own.statusCode).toBe(200);
    expect(own.body).toContain('Beskæftigelses- og Integrationsudvalget: årshjul 2013');
    expect(own.body).not.toContain('name="committee"');
    expect((await as(PEOPLE.project_owner.email).get('/admin/cycle')).statusCode).toBe(403);
  });

  it("lets the member answer its own task and refuses another committee's member", async () => {
    const member = as(PEOPLE.committee_member.email);
    const other = as(TMU_MEMBER.email);
    expect((await other.get(`/admin/cycle/tasks/${biuPlanTask}`)).statusCode).toBe(403);
    const page = await member.get(`/admin/cycle/tasks/${biuPlanTask}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Udvalgets handleplan for 2013');
    const version = /name="version" value="(\d+)"/.exec(page.body)![1]!;
    const draft = await member.post(`/admin/cycle/tasks/${biuPlanTask}/answer`, {
      version,
      action: 'draft',
      'field.revision_summary': 'Nye mål <b>for</b> 2013',
    });
    expect(draft.statusCode).toBe(303);
    expect(draft.headers.location).toBe(`/admin/cycle/tasks/${biuPlanTask}?done=draft`);
    const saved = await member.get(draft.headers.location as string);
    expect(saved.body).toContain('Kladden er gemt.');
    expect(saved.body).toContain('Nye mål &lt;b>for&lt;/b> 2013');
    // A stale form is refused with the reason, and what was typed stays.
    const stale = await member.post(`/admin/cycle/tasks/${biuPlanTask}/answer`, { version, action: 'submit', 'field.revision_summary': 'Gammel udgave' });
    expect(stale.statusCode).toBe(409);
    expect(stale.body).toContain('Opgaven er ændret, siden du åbnede den');
    expect(stale.body).toContain('Gammel udgave');
    await other.get('/admin/cycle');
    expect((await other.post(`/admin/cycle/tasks/${biuPlanTask}/answer`, { action: 'submit', 'field.revision_summary': 'x' })).statusCode).toBe(403);
    await member.get(`/admin/cycle/tasks/${biuPlanTask}`);
    const fresh = /name="version" value="(\d+)"/.exec(member.lastPage)![1]!;
    expect(
      (
        await member.post(`/admin/cycle/tasks/${biuPlanTask}/answer`, {
          version: fresh,
          action: 'submit',
          'field.revision_summary': 'Nye mål for 2013',
          'field.result_targets': '200 flere i job',
        })
      ).statusCode,
    ).toBe(303);
  });

  it('lets the secretariat return with a reason and approve, and shows the board', async () => {
    const analyst = as(PEOPLE.analyst.email);
    const page = await analyst.get(`/admin/cycle/tasks/${biuPlanTask}`);
    expect(page.body).toContain('200 flere i job');
    const version = /name="version" value="(\d+)"/.exec(page.body)![1]!;
    const refused = await analyst.post(`/admin/cycle/tasks/${biuPlanTask}/review`, { version, action: 'return', comment: '' });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('Skriv, hvorfor opgaven sendes tilbage.');
    // A form sent without the choice it needs (not possible from the page) is refused as a page, not as JSON.
    const noChoice = await analyst.post(`/admin/cycle/tasks/${biuPlanTask}/review`, { version, comment: 'x' });
    expect(noChoice.statusCode).toBe(400);
    expect(noChoice.headers['content-type']).toMatch(/^text\/html/);
    expect(noChoice.body).toContain('Det sendte kunne ikke bruges, og intet er ændret.');
    const returned = await analyst.post(`/admin/cycle/tasks/${biuPlanTask}/review`, { version, action: 'return', comment: 'Tilføj budget.' });
    expect(returned.statusCode).toBe(303);
    const after = await analyst.get(`/admin/cycle/tasks/${biuPlanTask}`);
    expect(after.body).toContain('Afleveret → Sendt tilbage');
    expect(after.body).toContain('Tilføj budget.');
    expect((await as(PEOPLE.committee_member.email).post(`/admin/cycle/tasks/${biuPlanTask}/review`, { action: 'approve' })).statusCode).toBe(403);
    const board = await analyst.get('/admin/cycle/1/board');
    expect(board.statusCode).toBe(200);
    expect(board.body).toContain('<caption>');
    expect(board.body).toMatch(/Sendt tilbage, for sent|Sendt tilbage</);
  });

  it('takes a file up with the CSRF token, gives it back, and refuses one too large or without the token', async () => {
    const member = as(PEOPLE.committee_member.email);
    await member.get(`/admin/cycle/tasks/${biuPlanTask}`);
    const csrf = member.csrfToken();
    const content = Buffer.from('Bilag til handleplanen æøå\n', 'utf8');
    const upload = (fields: Record<string, string>, file: { name: string; type: string; content: Buffer }) => {
      const body = multipart(fields, file);
      return demo.app.inject({
        method: 'POST',
        url: `/admin/cycle/tasks/${biuPlanTask}/attachments`,
        headers: { cookie: [...member.cookies].map(([k, v]) => `${k}=${v}`).join('; '), 'content-type': body.contentType },
        payload: body.payload,
      });
    };
    const ok = await upload({ _csrf: csrf }, { name: 'bilag æ.txt', type: 'text/plain', content });
    expect(ok.statusCode).toBe(303);
    const page = await member.get(`/admin/cycle/tasks/${biuPlanTask}`);
    const href = /href="(\/admin\/cycle\/attachments\/\d+)">bilag æ.txt</.exec(page.body)![1]!;
    const download = await member.get(href);
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(content)).toBe(true);
    expect(download.headers['content-disposition']).toBe(`attachment; filename="bilag__.txt"; filename*=UTF-8''bilag%20%C3%A6.txt`);
    expect(download.headers['content-type']).toMatch(/^text\/plain/);
    expect(download.headers['content-security-policy']).toBe("sandbox; default-src 'none'");
    expect((await as(TMU_MEMBER.email).get(href)).statusCode).toBe(403);
    // A file declared as a script or a page is given back as plain bytes, never as something this site would run.
    expect((await upload({ _csrf: csrf }, { name: 'x.js', type: 'text/javascript', content: Buffer.from('alert(1)') })).statusCode).toBe(303);
    const scriptHref = /href="(\/admin\/cycle\/attachments\/\d+)">x.js</.exec((await member.get(`/admin/cycle/tasks/${biuPlanTask}`)).body)![1]!;
    expect((await member.get(scriptHref)).headers['content-type']).toBe('application/octet-stream');
    const scriptId = Number(scriptHref.split('/').pop());
    const removeForm = await member.post(`/admin/cycle/attachments/${scriptId}/delete`, { confirm: 'yes' });
    expect(removeForm.statusCode).toBe(303);
    expect((await upload({}, { name: 'x.txt', type: 'text/plain', content })).statusCode).toBe(403);
    const big = await upload({ _csrf: csrf }, { name: 'big.bin', type: 'application/octet-stream', content: Buffer.alloc(MAX_ATTACHMENT_BYTES + 1) });
    expect(big.statusCode).toBe(413);
    expect(big.body).toContain('Vælg en fil, der ikke er tom og højst er 10 MB.');
    const rows = await demo.database.db.selectFrom('cycle_attachments').select('file_name').where('task_id', '=', biuPlanTask).execute();
    expect(rows.map((r) => r.file_name)).toEqual(['bilag æ.txt']);
  });

  it('keeps what was typed in a refused milestone form, with the message beside the field', async () => {
    const analyst = as(PEOPLE.analyst.email);
    await analyst.get('/admin/cycle/1/milestones/new');
    const refused = await analyst.post('/admin/cycle/1/milestones', { kind: 'other', titleDa: 'Temamøde', titleEn: 'Theme meeting', date: '2013-13-01' });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('Skriv en dato som ÅÅÅÅ-MM-DD.');
    expect(refused.body).toContain('value="Temamøde"');
    expect(refused.body).toContain('aria-invalid="true"');
    const saved = await analyst.post('/admin/cycle/1/milestones', { kind: 'other', titleDa: 'Temamøde', titleEn: 'Theme meeting', date: '2013-03-01' });
    expect(saved.statusCode).toBe(303);
    expect(shownText((await analyst.get('/admin/cycle/1/list')).body)).toContain('1. marts 2013: Temamøde');
  });

  it('creates a year from the defaults, and refuses a year that exists or is no year, keeping what was typed', async () => {
    const analyst = as(PEOPLE.analyst.email);
    await analyst.get('/admin/cycle/1/list');
    const policyId = /name="policyId"><option value="(\d+)"/.exec(analyst.lastPage)![1]!;
    const twice = await analyst.post('/admin/cycle', { policyId, year: '2013' });
    expect(twice.statusCode).toBe(409);
    expect(twice.body).toContain('value="2013"');
    expect(twice.body).toContain('Politikken har allerede et årshjul for 2013.');
    const junk = await analyst.post('/admin/cycle', { policyId, year: 'næste år' });
    expect(junk.statusCode).toBe(400);
    expect(junk.body).toContain('Vælg en politik og skriv et år');
    expect(junk.body).toContain('value="næste år"');
    const created = await analyst.post('/admin/cycle', { policyId, year: '2014' });
    expect(created.statusCode).toBe(303);
    const list = await analyst.get(created.headers.location as string);
    expect(list.body).toContain('Årshjulet er oprettet.');
    expect(shownText(list.body)).toContain('16. maj 2014: Revideret handleplan');
    await analyst.get('/admin/cycle/1/list');
    expect((await analyst.post('/admin/cycle/settings', { daysBefore: '5' })).statusCode).toBe(403);
  });

  it('adds a task under a milestone and removes it while nobody has started it', async () => {
    const analyst = as(PEOPLE.analyst.email);
    const milestone = await demo.database.db.selectFrom('cycle_milestones').select('id').where('kind', '=', 'annual_report').executeTakeFirstOrThrow();
    const page = await analyst.get(`/admin/cycle/milestones/${milestone.id}/edit`);
    expect(page.body).toContain('Opgaver under milepælen');
    const tmu = /<option value="(committee:\d+)">Teknik- og Miljøudvalget</.exec(page.body)![1]!;
    const added = await analyst.post(`/admin/cycle/milestones/${milestone.id}/tasks`, { assignee: tmu, kind: 'other', deadline: '2013-06-15' });
    expect(added.statusCode).toBe(303);
    const withTask = await analyst.get(added.headers.location as string);
    expect(withTask.body).toContain('Opgaven er tilføjet.');
    const remove = /action="(\/admin\/cycle\/tasks\/\d+\/delete)"/.exec(withTask.body)![1]!;
    const twice = await analyst.post(`/admin/cycle/milestones/${milestone.id}/tasks`, { assignee: tmu, kind: 'other', deadline: '2013-06-15' });
    expect(twice.statusCode).toBe(409);
    expect(twice.body).toContain('Udvalget har allerede en opgave under denne milepæl.');
    expect((await as(PEOPLE.committee_member.email).post(remove, { confirm: 'yes' })).statusCode).toBe(403);
    await analyst.get(`/admin/cycle/milestones/${milestone.id}/edit`);
    const removed = await analyst.post(remove, { confirm: 'yes' });
    expect(removed.statusCode).toBe(303);
    expect((await analyst.get(removed.headers.location as string)).body).toContain('Opgaven er fjernet.');
  });

  it("links the action-plan task to the committee's plan for the year, which the member can open", async () => {
    const db = demo.database.db;
    const policy = await db.selectFrom('policies').select('id').where('code', '=', 'inklusionspolitik-2011-2014').executeTakeFirstOrThrow();
    const committee = await db.selectFrom('committees').select('id').where('code', '=', 'BIU').executeTakeFirstOrThrow();
    const content = {
      title: 'Beskæftigelses- og Integrationsudvalgets handleplan 2013',
      initiatives: [{ title: 'Mentorer', resultTarget: '300 forløb.', firstYear: 2013, lastYear: 2013, goalIds: [], budgets: [] }],
    };
    const { plan } = await createActionPlan(
      db,
      { policyId: policy.id, committeeId: committee.id, year: 2013, content },
      { actor: commandLineActor('test'), now: DEMO_LOADED_AT },
    );
    const member = as(PEOPLE.committee_member.email);
    const page = await member.get(`/admin/cycle/tasks/${biuPlanTask}`);
    expect(page.body).toContain(`<a href="/admin/plans/${plan.id}">Beskæftigelses- og Integrationsudvalgets handleplan 2013 (version 1)</a>`);
    expect((await member.get(`/admin/plans/${plan.id}`)).statusCode).toBe(200);
  });

  it('speaks English to a person who chose it', async () => {
    await demo.database.db.updateTable('users').set({ language: 'en' }).where('email', '=', PEOPLE.administrator.email).execute();
    const admin = as(PEOPLE.administrator.email);
    const list = await admin.get('/admin/cycle/1/list');
    expect(list.body).toContain('<h1>Annual cycle 2013</h1>');
    expect(shownText(list.body)).toContain('6 May 2013: Status statement from the committees');
    expect(list.body).toContain('Days before the deadline');
    const refused = await admin.post('/admin/cycle/settings', { daysBefore: '0', cycleId: '1' });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('Write a whole number from 1 to 60.');
    expect(refused.body).toContain('value="0"');
    const saved = await admin.post('/admin/cycle/settings', { daysBefore: '10', cycleId: '1' });
    expect(saved.statusCode).toBe(303);
    expect((await admin.get(saved.headers.location as string)).body).toContain('value="10"');
  });
});
