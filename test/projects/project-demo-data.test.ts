import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAuditEntries } from '../../src/db/repositories/audit.js';
import { PROJECT_BANK_TABLES_CHILDREN_FIRST } from '../../src/services/demo/load-project-demo-data.js';
import { wipeModelData } from '../../src/services/demo/wipe-data.js';
import { getCommitteeProjectFlags, getMonitoringBoard } from '../../src/services/projects/monitoring-board.js';
import { ENGINES } from '../support/databases.js';
import type { TestDatabase } from '../support/databases.js';
import { DEMO_TODAY, createProjectDemoDatabase, idsByCode } from './support/project-demo-database.js';

describe.each(ENGINES)('the project-bank demo data on %s', (engine) => {
  let database: TestDatabase & { loaded: Awaited<ReturnType<typeof createProjectDemoDatabase>>['loaded'] };
  beforeAll(async () => {
    database = await createProjectDemoDatabase(engine);
  });
  afterAll(() => database.drop());

  it('loads plans with a revision, a dozen projects with monitoring, and twenty consultation inputs', () => {
    expect(database.loaded).toEqual({ actionPlans: 5, planVersions: 6, projects: 12, monitoringReports: 31, consultationInputs: 20 });
  });

  it('heads the board with the project past its end without a decision, not with the ended one that was red twice', async () => {
    const board = await getMonitoringBoard(database.db, DEMO_TODAY);
    expect(board.thresholdKr).toBe(100_000);
    const [first] = board.entries;
    expect(first).toMatchObject({ title: 'Gældsrådgivning for børnefamilier' });
    expect(first!.assessment).toMatchObject({ isAwaitingDecision: true, status: 'awaiting_decision' });
    expect(board.entries.filter((e) => e.assessment.isAwaitingDecision)).toHaveLength(1);
    // Jobpatruljer was red twice in a row, then ended by decision: the step is closed, the history kept.
    const jobpatruljer = board.entries.find((e) => e.title === 'Jobpatruljer i udsatte boligområder')!;
    expect(jobpatruljer).toMatchObject({ latestReport: { quarter: '2012 Q2', rating: 'red' } });
    expect(jobpatruljer.assessment).toMatchObject({ status: 'ended', escalation: { level: 'committee_letter', isOpen: false, consecutiveReds: 2 } });
    // Lektiecaféer ran to mid-2013 but was last rated in 2012 Q2: flagged.
    const lektiecafeer = board.entries.find((e) => e.title === 'Lektiecaféer i boligområderne')!;
    expect(lektiecafeer.assessment.isRatingOverdue).toBe(true);
    // Below the threshold: never on the board.
    expect(board.entries.map((e) => e.title)).not.toContain('Mentorer for nye ledere med minoritetsbaggrund');
    // The demo's ratings stop in 2012 and 2013 while the periods ran on: BUU, KFU and SUU are flagged for that.
    expect(board.committees.map((c) => c.code).sort()).toEqual(['BIU', 'BUU', 'KFU', 'SOU', 'SUU']);
  });

  it("flags the responsible committee in the committee's own view: no letter for an ended project, ratings fallen behind", async () => {
    const ids = await idsByCode(database);
    const biu = await getCommitteeProjectFlags(database.db, ids.committee('BIU'), DEMO_TODAY);
    expect(biu.committeeLetter).toEqual([]);
    expect(biu.awaitingDecision).toEqual([]);
    const sou = await getCommitteeProjectFlags(database.db, ids.committee('SOU'), DEMO_TODAY);
    expect(sou.awaitingDecision.map((e) => e.title)).toEqual(['Gældsrådgivning for børnefamilier']);
    const buu = await getCommitteeProjectFlags(database.db, ids.committee('BUU'), DEMO_TODAY);
    expect(buu.ratingOverdue.map((e) => e.title).sort()).toEqual(['Brobyggere mellem skole og ungdomsuddannelse', 'Lektiecaféer i boligområderne']);
    expect([...buu.committeeLetter, ...buu.actionPlanRequired, ...buu.contactProject, ...buu.awaitingDecision]).toEqual([]);
  });

  it('leaves an audit row for every change it made', async () => {
    const entries = await listAuditEntries(database.db, { limit: 1000 });
    const count = (entity: string, action: string) => entries.filter((e) => e.entity === entity && e.action === action).length;
    expect(count('project', 'create')).toBe(12);
    expect(count('project', 'record-monitoring')).toBe(31);
    expect(count('action_plan', 'revise')).toBe(1);
    expect(count('consultation_input', 'create')).toBe(20);
    expect(count('database', 'load-project-demo')).toBe(1);
  });

  it('names every table it fills, in an order they can be emptied before the main model', async () => {
    const tables = (await database.db.introspection.getTables()).map((t) => t.name);
    const ours = tables.filter((t) => /^(action_plan|project|consultation_)/.test(t)).sort();
    expect([...PROJECT_BANK_TABLES_CHILDREN_FIRST].sort()).toEqual(ours);
    await database.db.transaction().execute(async (trx) => {
      for (const table of PROJECT_BANK_TABLES_CHILDREN_FIRST) await trx.deleteFrom(table).execute();
      await wipeModelData(trx);
    });
    const left = await database.db.selectFrom('committees').select('id').execute();
    expect(left).toEqual([]);
  });
});
