// The releases' rules live in the services, so the admin forms and the
// command line (which calls the services as an operator with an
// administrator's rights) are refused by the same rule: a missing-figure
// note for an indicator that has a figure in the draft, a data supplier's
// figure for another administration's indicator, and a release without
// figures to publish. Each refusal changes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandLineActor } from '../../src/domain/permissions.js';
import type { Actor } from '../../src/domain/permissions.js';
import { FieldProblem } from '../../src/services/admin/edit-errors.js';
import { Forbidden, Invalid } from '../../src/services/errors.js';
import { enterFigure } from '../../src/services/imports/enter-figure.js';
import { createRelease } from '../../src/services/releases/create.js';
import { recordMissingFigure } from '../../src/services/releases/missing.js';
import { publishRelease } from '../../src/services/releases/publish.js';
import { ENGINES } from '../support/databases.js';
import { PEOPLE, addPerson, startAccountsApp } from '../admin/support/accounts-app.js';
import type { AccountsApp } from '../admin/support/accounts-app.js';
import { readForm } from '../admin/support/read-form.js';
import { Visitor } from '../admin/support/visitor.js';
import { snapshot, textOf } from './support.js';

const cli = { actor: commandLineActor('barometer release (command line)'), now: new Date('2014-01-10T09:00:00Z') };

describe.each(ENGINES)('the same release rules for the form and the command line, on %s', (engine) => {
  let demo: AccountsApp;
  let analyst: Visitor;
  let policyId: number;
  let draftId: number;

  beforeAll(async () => {
    demo = await startAccountsApp(engine);
    await addPerson(demo.database.db, PEOPLE.analyst);
    const policy = await demo.database.db.selectFrom('policies').select('id').where('code', '=', 'inklusionspolitik-2011-2014').executeTakeFirstOrThrow();
    policyId = policy.id;
    draftId = (await createRelease(demo.database.db, { policyId, titleDa: 'Nye tal januar 2014' }, cli)).id;
    const staged = await enterFigure(demo.database.db, { releaseId: draftId, indicator: 'tryghed', period: '2013', value: '76,4' }, {}, cli);
    expect(staged.problems).toEqual([]);
    analyst = new Visitor(demo.app);
    await analyst.signIn(PEOPLE.analyst.email, PEOPLE.analyst.password);
  });
  afterAll(() => demo.close());

  it('refuses a missing-figure note for an indicator that has a figure, in the form and in the service', async () => {
    await analyst.get(`/admin/releases/${draftId}/missing?indicator=tryghed`);
    const form = readForm(analyst.lastPage, `/admin/releases/${draftId}/missing`);
    const before = await snapshot(demo.database.db);
    const refused = await analyst.post(`/admin/releases/${draftId}/missing`, { ...form, indicator: 'tryghed', reason_da: 'Tallet kommer senere' });
    expect(refused.statusCode).toBe(400);
    expect(textOf(refused.body)).toContain('Indikatoren har nye tal i offentliggørelsen.');
    expect(await snapshot(demo.database.db)).toEqual(before);

    const byCommandLine = recordMissingFigure(demo.database.db, draftId, { indicatorCode: 'tryghed', reasonDa: 'Tallet kommer senere' }, cli);
    await expect(byCommandLine).rejects.toBeInstanceOf(FieldProblem);
    await expect(byCommandLine).rejects.toBeInstanceOf(Invalid);
    await expect(byCommandLine).rejects.toThrow(/tryghed has figures in release/);
    expect(await snapshot(demo.database.db)).toEqual(before);
  });

  it("refuses, in the service itself, a data supplier's figure for another administration's indicator", async () => {
    const bif = await demo.database.db.selectFrom('administrations').select('id').where('code', '=', 'BIF').executeTakeFirstOrThrow();
    const supplier: Actor = { id: 4242, role: 'data_supplier', administrationId: bif.id, committeeId: null, label: 'supplier@kk.test' };
    const ctx = { actor: supplier, now: cli.now };
    const before = await snapshot(demo.database.db);
    const foreign = enterFigure(demo.database.db, { releaseId: draftId, indicator: 'tryghed', period: '2013', value: '70' }, {}, ctx);
    await expect(foreign).rejects.toBeInstanceOf(Forbidden);
    expect(await snapshot(demo.database.db)).toEqual(before);

    const own = await enterFigure(
      demo.database.db,
      { releaseId: draftId, indicator: 'hoerer-til', period: '2013', group: 'etnisk-minoritet', value: '79' },
      {},
      ctx,
    );
    expect(own.problems).toEqual([]);
    expect(own.committed).toBe(true);
  });

  it('refuses to publish a release without figures, in the form and in the service', async () => {
    const empty = (await createRelease(demo.database.db, { policyId, titleDa: 'Tom kladde' }, cli)).id;
    const before = await snapshot(demo.database.db);
    await expect(publishRelease(demo.database.db, empty, {}, cli)).rejects.toThrow(new Invalid('error.release.empty'));

    await analyst.get(`/admin/releases/${empty}/publish`);
    const form = readForm(analyst.lastPage, `/admin/releases/${empty}/publish`);
    const refused = await analyst.post(`/admin/releases/${empty}/publish`, { ...form, confirm: 'on' });
    expect(refused.statusCode).toBe(400);
    expect(textOf(refused.body)).toContain('Offentliggørelsen blev afvist: En kladde uden tal kan ikke offentliggøres.');
    expect(await snapshot(demo.database.db)).toEqual(before);
  });
});
