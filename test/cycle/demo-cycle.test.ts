// The 2013 demo cycle and the two read services the letters use.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listComingDeadlines } from '../../src/services/cycle/coming-deadlines.js';
import { listStatusStatements } from '../../src/services/cycle/status-statements.js';
import { loadDemoData } from '../../src/services/demo/load-demo-data.js';
import { readProjectDemoFile } from '../../src/services/demo/load-project-demo-data.js';
import { readDemoFile } from '../../src/services/demo/read-demo-file.js';
import { ENGINES } from '../support/databases.js';
import type { TestDatabase } from '../support/databases.js';
import { createCycleDemoDatabase, demoContext, policyIdOf } from './support/cycle-demo-database.js';

describe.each(ENGINES)('the demo cycle on %s', (engine) => {
  let database: TestDatabase & { loaded: Awaited<ReturnType<typeof loadDemoData>> };
  let policyId: number;
  beforeAll(async () => {
    database = await createCycleDemoDatabase(engine);
    policyId = await policyIdOf(database.db);
  });
  afterAll(() => database.drop());

  it('loads the 2013 cycle with the default milestones and a task per committee', async () => {
    expect(database.loaded.cycle).toMatchObject({ cycles: 1, milestones: 7 });
    const committees = Number(
      (
        await database.db
          .selectFrom('goal_committees')
          .innerJoin('goals', 'goals.id', 'goal_committees.goal_id')
          .select((eb) => eb.fn.count<number>('goal_committees.committee_id').distinct().as('n'))
          .where('goals.policy_id', '=', policyId)
          .executeTakeFirstOrThrow()
      ).n,
    );
    const tasks = await database.db.selectFrom('cycle_tasks').select(['kind']).execute();
    expect(tasks.filter((t) => t.kind === 'status_statement')).toHaveLength(committees);
    expect(tasks.filter((t) => t.kind === 'action_plan')).toHaveLength(committees);
    expect(tasks.filter((t) => t.kind === 'figures').length).toBeGreaterThan(0);
  });

  it('lists the coming deadlines after the January 2013 release, in date order with their assignees', async () => {
    const coming = await listComingDeadlines(database.db, { policyId, from: '2013-01-16' });
    expect(coming.map((c) => [c.date, c.kind])).toEqual([
      ['2013-01-31', 'orientation_letter'],
      ['2013-05-02', 'economic_overview'],
      ['2013-05-06', 'status_statement'],
      ['2013-05-16', 'action_plan'],
      ['2013-08-15', 'annual_report'],
      ['2013-09-15', 'budget_process'],
    ]);
    expect(coming[0]!.assignees).toEqual([]);
    expect(coming[2]!.titleDa).toBe('Redegørelse fra udvalgene');
    expect(coming[2]!.assignees).toContainEqual({ kind: 'committee', code: 'BUU', name: 'Børne- og Ungdomsudvalget' });
    const english = await listComingDeadlines(database.db, { policyId, from: '2013-05-03', limit: 1, lang: 'en' });
    expect(english).toHaveLength(1);
    expect(english[0]!.titleEn).toBe('Status statement from the committees');
    expect(english[0]!.assignees).toContainEqual({ kind: 'committee', code: 'BUU', name: 'Children and Youth Committee' });
    expect(await listComingDeadlines(database.db, { policyId, from: '2014-01-01' })).toEqual([]);
  });

  it("lists each committee's status statement with its submitted fields, drafts left out", async () => {
    const statements = await listStatusStatements(database.db, { policyId, year: 2013 });
    const byCode = new Map(statements.map((s) => [s.committee.code, s]));
    expect(byCode.get('BUU')).toMatchObject({ state: 'approved', submittedAt: '2013-04-29T10:00:00.000Z' });
    expect(byCode.get('BUU')!.fields.challenges).toMatch(/tosprogede elever/);
    expect(byCode.get('BIU')).toMatchObject({ state: 'submitted', submittedAt: '2013-05-03T14:30:00.000Z' });
    expect(byCode.get('SOU')).toMatchObject({ state: 'in_progress', submittedAt: null, fields: {} });
    expect(byCode.get('SOU')!.fields).toEqual({});
    expect(byCode.get('TMU')).toMatchObject({ state: 'not_started', submittedAt: null });
    expect(byCode.get('TMU')!.fields).toEqual({});
    expect(await listStatusStatements(database.db, { policyId, year: 2012 })).toEqual([]);
  });

  it('is emptied and loaded again by a forced reload', async () => {
    const [main, projects] = await Promise.all([readDemoFile(), readProjectDemoFile()]);
    const again = await loadDemoData(database.db, main, { projects, force: true }, demoContext);
    expect(again.cycle).toMatchObject({ cycles: 1 });
    const cycles = await database.db.selectFrom('cycles').select('year').execute();
    expect(cycles).toEqual([{ year: 2013 }]);
    policyId = await policyIdOf(database.db);
    expect((await listStatusStatements(database.db, { policyId, year: 2013 })).length).toBeGreaterThan(0);
  });
});
