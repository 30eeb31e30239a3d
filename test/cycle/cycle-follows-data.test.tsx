// The cycle knows the data (issue 13): the figures tasks follow the
// releases, default deadlines fall on Danish working days, a committee's own
// task list names its tasks, and the dashboards show the current policy
// unless asked for every one, labelled. On the 2013 demo, both engines.
import { renderToString } from 'preact-render-to-string';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workingDayOnOrBefore } from '../../src/domain/cycle/working-days.js';
import { isDelivered } from '../../src/domain/cycle/task-state.js';
import { commandLineActor } from '../../src/domain/permissions.js';
import type { Actor } from '../../src/domain/permissions.js';
import { getDesk } from '../../src/services/desk/desk.js';
import { getCycleOverview } from '../../src/services/cycle/cycle-views.js';
import { isDanishPublicHoliday } from '../../src/services/cycle/danish-holidays.js';
import { createRelease } from '../../src/services/releases/create.js';
import { publishRelease } from '../../src/services/releases/publish.js';
import { stageFigures } from '../../src/services/releases/stage.js';
import { WheelPage } from '../../src/views/admin/cycle/wheel-page.js';
import { ENGINES } from '../support/databases.js';
import type { TestDatabase } from '../support/databases.js';
import { committeeIdOf, createCycleDemoDatabase, policyIdOf } from './support/cycle-demo-database.js';

const ctx = { actor: commandLineActor('secretariat'), now: new Date('2013-03-01T09:00:00Z') };

describe('default deadlines on Danish working days', () => {
  it.each([
    ['2013-01-05', '2013-01-04'], // a Saturday
    ['2013-09-15', '2013-09-13'], // a Sunday
    ['2013-03-29', '2013-03-27'], // Good Friday, after Maundy Thursday
    ['2013-05-09', '2013-05-08'], // Ascension Day
    ['2013-12-24', '2013-12-24'], // Christmas Eve is an observance, not a public holiday
    ['2013-06-05', '2013-06-05'], // so is Constitution Day
    ['2013-05-16', '2013-05-16'],
  ])('%s → %s', (date, expected) => expect(workingDayOnOrBefore(date, isDanishPublicHoliday)).toBe(expected));
});

describe.each(ENGINES)('the cycle tied to the data on %s', (engine) => {
  let database: TestDatabase;
  let policyId: number;
  let cycleId: number;
  const idOf = async (table: 'indicators' | 'groups' | 'administrations', code: string) =>
    (await database.db.selectFrom(table).select('id').where('code', '=', code).executeTakeFirstOrThrow()).id;
  const figuresTasks = async (today: string) => {
    const overview = await getCycleOverview(database.db, cycleId, { today });
    return overview.milestones.find((m) => m.kind === 'new_figures')!.tasks;
  };

  beforeAll(async () => {
    database = await createCycleDemoDatabase(engine);
    policyId = await policyIdOf(database.db);
    cycleId = (await database.db.selectFrom('cycles').select('id').where('policy_id', '=', policyId).where('year', '=', 2013).executeTakeFirstOrThrow()).id;
  }, 120_000);
  afterAll(() => database.drop());

  it('gives the figures tasks a working-day deadline: 4 January 2013, not Saturday the 5th', async () => {
    expect(new Set((await figuresTasks('2013-01-01')).map((t) => t.deadline))).toEqual(new Set(['2013-01-04']));
  });

  it('counts the January release: every supplier delivered but the Finance Administration, the only one late', async () => {
    const tasks = await figuresTasks('2013-02-01');
    const late = tasks.filter((t) => t.overdue).map((t) => t.assignee.code);
    expect(late).toEqual(['OKF']);
    expect(tasks.filter((t) => isDelivered(t.state))).toHaveLength(tasks.length - 1);
    expect(tasks.find((t) => t.assignee.code === 'OKF')!.state).toBe('in_progress');
  });

  it("moves the supplier's task when its figure is staged, and closes it when published", async () => {
    const draft = await createRelease(database.db, { policyId, titleDa: 'Ledertal 2012' }, ctx);
    const [indicatorId, groupId] = await Promise.all([idOf('indicators', 'ledere-minoritet'), idOf('groups', 'etnisk-minoritet')]);
    const area = await database.db.selectFrom('areas').select('id').orderBy('id').executeTakeFirstOrThrow();
    await stageFigures(database.db, draft.id, [{ indicatorId, period: '2012', groupId, areaId: area.id, value: 4.6 }], ctx);
    expect((await figuresTasks('2013-03-01')).find((t) => t.assignee.code === 'OKF')).toMatchObject({ state: 'submitted', overdue: false });
    await publishRelease(database.db, draft.id, { publishedOn: '2013-04-10' }, ctx);
    const tasks = await figuresTasks('2013-04-11');
    expect(tasks.every((t) => t.state === 'approved' && !t.overdue)).toBe(true);
  });

  it("names a committee's own tasks on the year wheel, not the committee again and again", async () => {
    const overview = await getCycleOverview(database.db, cycleId, { today: '2013-04-20', committeeId: await committeeIdOf(database.db, 'BIU') });
    const own = overview.milestones.flatMap((m) => m.tasks);
    expect(own.map((t) => t.title.da)).toEqual(['Økonomioversigt fra udvalgene', 'Redegørelse fra udvalgene', 'Revideret handleplan']);
    const html = renderToString(<WheelPage lang="da" overview={overview} cycles={[]} views={['wheel']} ownTasks={own} />);
    const table = html.slice(html.indexOf('<table'), html.indexOf('</table>'));
    expect(table).toContain('Redegørelse fra udvalgene');
    expect(table).not.toContain('Beskæftigelses- og Integrationsudvalget');
  });

  it('shows suppliers and committees the current policy unless they ask, and labels the policy', async () => {
    const okf = await idOf('administrations', 'OKF');
    const supplier: Actor = { id: 1, role: 'data_supplier', administrationId: okf, committeeId: null, label: 'okf@kk.test' };
    const desk = { today: '2013-03-01', lang: 'da' } as const;
    const current = await getDesk(database.db, supplier, desk);
    expect(current).toMatchObject({ kind: 'supplier', scope: { kind: 'current', policy: { da: 'Inklusionspolitik 2011-2014' } } });
    if (current?.kind !== 'supplier') throw new Error('a supplier dashboard');
    expect(new Set(current.indicators.map((i) => i.policy.da))).toEqual(new Set(['Inklusionspolitik 2011-2014']));
    const all = await getDesk(database.db, supplier, { ...desk, allPolicies: true });
    if (all?.kind !== 'supplier') throw new Error('a supplier dashboard');
    expect(all.scope.kind).toBe('all');
    expect(new Set(all.indicators.map((i) => i.policy.da))).toEqual(new Set(['Inklusionspolitik 2011-2014', 'Integrationspolitik 2007-2010']));

    const member: Actor = { id: 2, role: 'committee_member', administrationId: null, committeeId: await committeeIdOf(database.db, 'OU'), label: 'ou@kk.test' };
    const committee = await getDesk(database.db, member, desk);
    if (committee?.kind !== 'committee') throw new Error('a committee dashboard');
    expect(new Set(committee.goals.map((g) => g.policy.da))).toEqual(new Set(['Inklusionspolitik 2011-2014']));
    const everything = await getDesk(database.db, member, { ...desk, allPolicies: true });
    if (everything?.kind !== 'committee') throw new Error('a committee dashboard');
    expect(everything.goals.length).toBeGreaterThan(committee.goals.length);
  });
});
