// A refusal from a service reaches the admin pages in the signed-in person's
// language: a stale edit (Conflict) and a draft without figures (Invalid) read
// Danish to a Danish user and English to an English one, with the status the
// one mapping gives. The API keeps the stable id and the English message.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandLineActor } from '../../src/domain/permissions.js';
import { loadCycleDemoData, readCycleDemoFile } from '../../src/services/demo/load-cycle-demo-data.js';
import { createRelease } from '../../src/services/releases/create.js';
import { ENGINES } from '../support/databases.js';
import { DEMO_LOADED_AT, PEOPLE, addPerson, startAccountsApp } from './support/accounts-app.js';
import type { AccountsApp } from './support/accounts-app.js';
import { decodeHtml, readForm } from './support/read-form.js';
import { Visitor } from './support/visitor.js';

const ctx = { actor: commandLineActor('test'), now: DEMO_LOADED_AT };

describe.each(ENGINES)('refusals in the reader’s language, on %s', (engine) => {
  let demo: AccountsApp;
  let analyst: Visitor;

  beforeAll(async () => {
    demo = await startAccountsApp(engine);
    await loadCycleDemoData(demo.database.db, await readCycleDemoFile(), ctx);
    await addPerson(demo.database.db, PEOPLE.analyst);
    analyst = new Visitor(demo.app);
    await analyst.signIn(PEOPLE.analyst.email, PEOPLE.analyst.password);
  });
  afterAll(() => demo.close());

  const speak = (language: 'da' | 'en') => demo.database.db.updateTable('users').set({ language }).where('email', '=', PEOPLE.analyst.email).execute();

  /** Saves a milestone's form twice from the same opened page: the second save is stale. */
  async function staleMilestoneSave(): Promise<{ statusCode: number; body: string }> {
    const milestone = await demo.database.db.selectFrom('cycle_milestones').select('id').where('kind', '=', 'annual_report').executeTakeFirstOrThrow();
    const action = `/admin/cycle/milestones/${milestone.id}`;
    await analyst.get(`${action}/edit`);
    const form = readForm(analyst.lastPage, action);
    expect((await analyst.post(action, form)).statusCode).toBe(303);
    await analyst.get(`${action}/edit`);
    const stale = await analyst.post(action, form);
    return { statusCode: stale.statusCode, body: decodeHtml(stale.body) };
  }

  /** Publishes a draft that has no figures. */
  async function emptyPublish(): Promise<{ statusCode: number; body: string }> {
    const policy = await demo.database.db.selectFrom('policies').select('id').where('code', '=', 'inklusionspolitik-2011-2014').executeTakeFirstOrThrow();
    const empty = (await createRelease(demo.database.db, { policyId: policy.id, titleDa: 'Tom kladde' }, ctx)).id;
    const action = `/admin/releases/${empty}/publish`;
    await analyst.get(action);
    const refused = await analyst.post(action, { ...readForm(analyst.lastPage, action), confirm: 'on' });
    return { statusCode: refused.statusCode, body: decodeHtml(refused.body) };
  }

  it('tells a Danish user of a stale edit and of an empty release in Danish', async () => {
    await speak('da');
    const stale = await staleMilestoneSave();
    expect(stale.statusCode).toBe(409);
    expect(stale.body).toContain('En anden har ændret milepælen imens.');
    expect(stale.body).not.toContain('Someone else changed this milestone');

    const empty = await emptyPublish();
    expect(empty.statusCode).toBe(400);
    expect(empty.body).toContain('En kladde uden tal kan ikke offentliggøres.');
    expect(empty.body).not.toContain('a release without figures');
  });

  it('tells an English user the same in English', async () => {
    await speak('en');
    const stale = await staleMilestoneSave();
    expect(stale.statusCode).toBe(409);
    expect(stale.body).toContain('Someone else changed this milestone meanwhile.');

    const empty = await emptyPublish();
    expect(empty.statusCode).toBe(400);
    expect(empty.body).toContain('a release without figures cannot be published');
    expect(empty.body).not.toContain('En kladde uden tal');
  });

  it('shows a refusal no form caught on the error page in the reader’s language', async () => {
    await speak('da');
    const task = await demo.database.db.selectFrom('cycle_tasks').select('id').where('state', '!=', 'not_started').executeTakeFirstOrThrow();
    await analyst.get('/admin/cycle');
    const refused = await analyst.post(`/admin/cycle/tasks/${task.id}/delete`, { confirm: 'yes' });
    expect(refused.statusCode).toBe(409);
    expect(decodeHtml(refused.body)).toContain('Opgaven er besvaret, så den bliver.');
  });

  it('answers the API with the stable id and the English message', async () => {
    const response = await demo.app.inject({ url: '/api/v1/policies/no-such-policy' });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({ error: 'not_found', message: 'There is no policy "no-such-policy".' });
  });
});
