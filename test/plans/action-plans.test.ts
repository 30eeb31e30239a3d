import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAuditEntries } from '../../src/db/repositories/audit.js';
import { createActionPlan, reviseActionPlan } from '../../src/services/plans/action-plans.js';
import type { PlanContentInput } from '../../src/services/plans/plan-input.js';
import { getActionPlan, listActionPlanSummaries } from '../../src/services/plans/plan-views.js';
import { ENGINES } from '../support/databases.js';
import type { TestDatabase } from '../support/databases.js';
import { createProjectDemoDatabase, idsByCode } from '../projects/support/project-demo-database.js';
import { commandLineActor } from '../../src/domain/permissions.js';

const ctx = { actor: commandLineActor('secretariat@example.org'), now: new Date('2012-05-01T08:00:00Z') };

describe.each(ENGINES)('action plans on %s', (engine) => {
  let database: TestDatabase;
  let ids: Awaited<ReturnType<typeof idsByCode>>;
  let policyId: number;
  const content = (title: string, amount: number): PlanContentInput => ({
    title,
    initiatives: [
      {
        title: 'Naturskole',
        resultTarget: '300 elever om året.',
        firstYear: 2013,
        lastYear: 2014,
        goalIds: [ids.goal('mal-4')],
        budgets: [{ year: 2013, amountKr: amount }],
      },
    ],
  });
  beforeAll(async () => {
    database = await createProjectDemoDatabase(engine);
    ids = await idsByCode(database);
    policyId = (await database.db.selectFrom('policies').select('id').where('code', '=', 'inklusionspolitik-2011-2014').executeTakeFirstOrThrow()).id;
  });
  afterAll(() => database.drop());

  it('keeps the earlier version when a plan is revised', async () => {
    const [buu] = await listActionPlanSummaries(database.db, { year: 2011, committeeId: ids.committee('BUU') });
    const current = await getActionPlan(database.db, buu!.id);
    expect(current.versions.map((v) => v.number)).toEqual([1, 2]);
    expect(current.shown.number).toBe(2);
    expect(current.shown.revisionNote).toMatch(/dagtilbud/);
    expect(current.shown.initiatives.map((i) => i.title)).toContain('Opsøgende dialog med forældre om dagtilbud');
    const first = await getActionPlan(database.db, buu!.id, { version: 1 });
    expect(first.shown.initiatives).toHaveLength(2);
    expect(first.shown.initiatives[0]).toMatchObject({
      indicatorCode: 'karakterforskel',
      goals: [{ code: 'mal-1', number: 1 }],
      budgets: [
        { year: 2012, amountKr: 4_200_000 },
        { year: 2013, amountKr: 4_200_000 },
        { year: 2014, amountKr: 3_800_000 },
      ],
    });
    await expect(getActionPlan(database.db, buu!.id, { version: 3 })).rejects.toMatchObject({ id: 'not_found' });
  });

  it('writes the next version from the one the editor started from, and refuses a stale revision', async () => {
    const { plan } = await createActionPlan(
      database.db,
      { policyId, committeeId: ids.committee('TMU'), year: 2012, content: content('Teknik- og Miljøudvalgets handleplan 2012', 100_000) },
      ctx,
    );
    await expect(
      createActionPlan(database.db, { policyId, committeeId: ids.committee('TMU'), year: 2012, content: content('Igen', 1) }, ctx),
    ).rejects.toMatchObject({ id: 'conflict' });
    await reviseActionPlan(database.db, plan.id, { basedOnVersion: 1, revisionNote: 'Beløbet er øget.', content: content('Revideret', 150_000) }, ctx);
    await expect(
      reviseActionPlan(database.db, plan.id, { basedOnVersion: 1, revisionNote: 'For sent', content: content('Forældet', 1) }, ctx),
    ).rejects.toMatchObject({ id: 'conflict' });
    await expect(reviseActionPlan(database.db, plan.id, { basedOnVersion: 2, revisionNote: ' ', content: content('Uden grund', 1) }, ctx)).rejects.toThrow(
      /revisionNote/,
    );
    const view = await getActionPlan(database.db, plan.id);
    expect(view.versions.map((v) => [v.number, v.title])).toEqual([
      [1, 'Teknik- og Miljøudvalgets handleplan 2012'],
      [2, 'Revideret'],
    ]);
    expect(view.shown.initiatives[0]!.budgets).toEqual([{ year: 2013, amountKr: 150_000 }]);
    const audit = (await listAuditEntries(database.db, { entity: 'action_plan' })).filter((a) => a.entity_id === String(plan.id));
    expect(audit.map((a) => a.action)).toEqual(['revise', 'create']);
  });

  it('refuses goals of another policy, budget years outside the initiative and amounts that are not whole kroner', async () => {
    const oldGoal = (await database.db.selectFrom('goals').select('id').where('code', '=', 'flere-i-job').executeTakeFirstOrThrow()).id;
    const make = (change: Partial<PlanContentInput['initiatives'][number]>) =>
      createActionPlan(
        database.db,
        { policyId, committeeId: ids.committee('OU'), year: 2013, content: { title: 'x', initiatives: [{ ...content('x', 1).initiatives[0]!, ...change }] } },
        ctx,
      );
    await expect(make({ goalIds: [oldGoal] })).rejects.toThrow(/in this policy/);
    await expect(make({ budgets: [{ year: 2015, amountKr: 1 }] })).rejects.toThrow(/outside the initiative's period/);
    await expect(make({ budgets: [{ year: 2013, amountKr: 10.5 }] })).rejects.toThrow(/whole kroner/);
    await expect(
      make({
        budgets: [
          { year: 2013, amountKr: 1 },
          { year: 2013, amountKr: 2 },
        ],
      }),
    ).rejects.toThrow(/a year twice/);
    expect(await listActionPlanSummaries(database.db, { year: 2013 })).toEqual([]);
  });
});
