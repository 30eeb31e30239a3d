import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAuditEntries } from '../../src/db/repositories/audit.js';
import { findProjectInternal } from '../../src/db/repositories/projects.js';
import { getMonitoringBoard } from '../../src/services/projects/monitoring-board.js';
import { setMonitoringThreshold } from '../../src/services/projects/monitoring-threshold.js';
import { recordMonitoringFollowUp, recordMonitoringReport } from '../../src/services/projects/monitoring.js';
import { addEvaluation, recordDecision, updateEvaluation } from '../../src/services/projects/outcomes.js';
import { getProjectRecord } from '../../src/services/projects/project-record.js';
import type { ProjectInput } from '../../src/services/projects/project-input.js';
import { createProject, deleteProject, updateProject } from '../../src/services/projects/projects.js';
import { ENGINES } from '../support/databases.js';
import type { TestDatabase } from '../support/databases.js';
import { createProjectDemoDatabase, demoContext, idsByCode } from './support/project-demo-database.js';
import { commandLineActor } from '../../src/domain/permissions.js';
import type { Actor } from '../../src/domain/permissions.js';
import { createUser } from '../../src/services/accounts/users.js';

const ctx = { actor: commandLineActor('analyst@example.org'), now: new Date('2013-10-15T09:00:00Z') };

describe.each(ENGINES)('project services on %s', (engine) => {
  let database: TestDatabase;
  let ids: Awaited<ReturnType<typeof idsByCode>>;
  let base: ProjectInput;
  beforeAll(async () => {
    database = await createProjectDemoDatabase(engine);
    ids = await idsByCode(database);
    base = {
      title: 'Sprogpiloter',
      owner: 'Sprogcentret',
      committeeId: ids.committee('BIU'),
      goalIds: [ids.goal('mal-2')],
      startOn: '2012-01-01',
      endOn: '2013-06-30',
      budgetKr: 800_000,
      cofundingKr: 400_000,
      internal: { caseNumber: '2012-42', internalNote: 'kun til forvaltningen' },
    };
  });
  afterAll(() => database.drop());

  it('creates a project with its goals and internal fields, taking the administration from the committee', async () => {
    const project = await createProject(database.db, base, ctx);
    const record = await getProjectRecord(database.db, project.id, '2013-01-01');
    expect(record.project.administrationId).not.toBeNull();
    expect(record.goals.map((g) => g.code)).toEqual(['mal-2']);
    expect(record.internal).toEqual({ caseNumber: '2012-42', internalNote: 'kun til forvaltningen' });
    expect(record.assessment).toMatchObject({ isMonitored: true, status: 'running' });
  });

  it('refuses a stale edit, a period that ends before it starts, and an unknown goal', async () => {
    const project = await createProject(database.db, { ...base, title: 'Til redigering' }, ctx);
    const changed = await updateProject(database.db, project.id, project.version, { ...base, title: 'Redigeret' }, ctx);
    expect(changed.version).toBe(project.version + 1);
    await expect(updateProject(database.db, project.id, project.version, base, ctx)).rejects.toMatchObject({ id: 'conflict' });
    await expect(createProject(database.db, { ...base, endOn: '2011-12-31' }, ctx)).rejects.toThrow(/endOn must not be before the start/);
    await expect(createProject(database.db, { ...base, goalIds: [999_999] }, ctx)).rejects.toMatchObject({ id: 'invalid' });
    await deleteProject(database.db, project.id, ctx);
    expect(await findProjectInternal(database.db, project.id)).toBeUndefined();
    const audit = (await listAuditEntries(database.db, { entity: 'project' })).filter((a) => a.entity_id === String(project.id));
    expect(audit.map((a) => a.action)).toEqual(['delete', 'update', 'create']);
  });

  it('lets a project owner change only its own project, and not its internals, when called directly as the command line would', async () => {
    const person = (email: string) =>
      createUser(database.db, { email, name: email, role: 'project_owner', administrationId: null, committeeId: null, language: 'da', isActive: true }, ctx);
    const [mine, theirs] = [await person('egen@example.org'), await person('anden@example.org')];
    const owner: Actor = { id: mine.id, role: 'project_owner', administrationId: null, committeeId: null, label: mine.email };
    const asOwner = { actor: owner, now: ctx.now };
    const own = await createProject(database.db, { ...base, title: 'Egen', ownerUserId: mine.id }, ctx);
    const other = await createProject(database.db, { ...base, title: 'Andens', ownerUserId: theirs.id }, ctx);

    await expect(updateProject(database.db, other.id, other.version, { ...base, title: 'Overtaget', ownerUserId: theirs.id }, asOwner)).rejects.toMatchObject({
      id: 'forbidden',
    });
    await expect(addEvaluation(database.db, other.id, { state: 'planned', method: 'Interview' }, asOwner)).rejects.toMatchObject({ id: 'forbidden' });
    await expect(recordMonitoringReport(database.db, other.id, { quarter: '2012 Q3', rating: 'green', comment: 'Fint' }, asOwner)).rejects.toMatchObject({
      id: 'forbidden',
    });
    await expect(createProject(database.db, { ...base, title: 'Ny', ownerUserId: mine.id }, asOwner)).rejects.toMatchObject({ id: 'forbidden' });
    await expect(recordDecision(database.db, own.id, { kind: 'end', decidedOn: '2013-07-01' }, asOwner)).rejects.toMatchObject({ id: 'forbidden' });
    await expect(
      updateProject(
        database.db,
        own.id,
        own.version,
        { ...base, title: 'Egen', ownerUserId: mine.id, internal: { caseNumber: 'ændret', internalNote: null } },
        asOwner,
      ),
    ).rejects.toMatchObject({ id: 'forbidden' });
    expect((await getProjectRecord(database.db, other.id, '2013-01-01')).project.title).toBe('Andens');

    const changed = await updateProject(database.db, own.id, own.version, { ...base, title: 'Egen, rettet', ownerUserId: mine.id }, asOwner);
    expect(changed.title).toBe('Egen, rettet');
  });

  it('escalates quarter by quarter through the service, and a recorded follow-up closes the flag', async () => {
    const project = await createProject(database.db, { ...base, title: 'Kvartal for kvartal' }, ctx);
    const levelOn = async () => (await getProjectRecord(database.db, project.id, '2013-01-01')).assessment.escalation;
    const steps = [
      { quarter: '2012 Q1', rating: 'green', level: 'none' },
      { quarter: '2012 Q2', rating: 'yellow', level: 'contact_project' },
      { quarter: '2012 Q3', rating: 'red', level: 'action_plan_required' },
      { quarter: '2012 Q4', rating: 'red', level: 'committee_letter' },
    ] as const;
    for (const step of steps) {
      await recordMonitoringReport(database.db, project.id, { quarter: step.quarter, rating: step.rating, comment: `Rapport ${step.quarter}` }, ctx);
      expect((await levelOn()).level).toBe(step.level);
    }
    const board = await getMonitoringBoard(database.db, '2013-01-01');
    expect(board.entries[0]!.title).toBe('Jobpatruljer i udsatte boligområder');
    expect(board.committees.find((c) => c.code === 'BIU')!.flags.committeeLetter.map((e) => e.title)).toContain('Kvartal for kvartal');
    await recordMonitoringFollowUp(database.db, project.id, { quarter: '2012 Q4', doneOn: '2013-01-20', note: 'Brev sendt til udvalget.' }, ctx);
    expect(await levelOn()).toMatchObject({ level: 'committee_letter', isOpen: false });
    // Correcting the quarter to another rating reopens the follow-up it asks for.
    await recordMonitoringReport(database.db, project.id, { quarter: '2012 Q4', rating: 'yellow', comment: 'Rettet' }, ctx);
    expect(await levelOn()).toMatchObject({ level: 'contact_project', isOpen: true });
  });

  it('monitors only from the threshold, which an administrator may change', async () => {
    const small = await createProject(database.db, { ...base, title: 'Lille projekt', cofundingKr: 99_999 }, ctx);
    const report = { quarter: '2012 Q3', rating: 'green', comment: 'Fint' } as const;
    await expect(recordMonitoringReport(database.db, small.id, report, ctx)).rejects.toThrow(/not monitored/);
    await setMonitoringThreshold(database.db, 50_000, ctx);
    await expect(recordMonitoringReport(database.db, small.id, report, ctx)).resolves.toMatchObject({ quarter: '2012 Q3' });
    await setMonitoringThreshold(database.db, 100_000, ctx);
    expect((await getProjectRecord(database.db, small.id, '2013-01-01')).assessment.isMonitored).toBe(false);
  });

  it('refuses reports for quarters before the start or not yet begun', async () => {
    const project = await createProject(database.db, { ...base, title: 'Kvartaler' }, ctx);
    await expect(recordMonitoringReport(database.db, project.id, { quarter: '2011 Q4', rating: 'green', comment: 'x' }, ctx)).rejects.toThrow(/not started/);
    await expect(recordMonitoringReport(database.db, project.id, { quarter: '2014 Q1', rating: 'green', comment: 'x' }, ctx)).rejects.toThrow(/not begun/);
    await expect(recordMonitoringReport(database.db, project.id, { quarter: 'tredje kvartal', rating: 'green', comment: 'x' }, ctx)).rejects.toMatchObject({
      id: 'invalid',
    });
  });

  it('flags a project past its end until a final decision, and keeps the decisions in order', async () => {
    const project = await createProject(database.db, { ...base, title: 'Slutbeslutning' }, ctx);
    const record = (day: string) => getProjectRecord(database.db, project.id, day);
    expect((await record('2013-06-30')).assessment.isAwaitingDecision).toBe(false);
    expect((await record('2013-07-01')).assessment.isAwaitingDecision).toBe(true);
    await expect(recordDecision(database.db, project.id, { kind: 'extend', decidedOn: '2013-06-01', extendedUntil: '2013-05-31' }, ctx)).rejects.toThrow(
      /past the current end/,
    );
    await expect(recordDecision(database.db, project.id, { kind: 'anchor', decidedOn: '2013-06-01', extendedUntil: '2013-12-31' }, ctx)).rejects.toMatchObject({
      id: 'invalid',
    });
    await recordDecision(database.db, project.id, { kind: 'extend', decidedOn: '2013-06-01', extendedUntil: '2013-12-31' }, ctx);
    expect((await record('2013-07-01')).assessment).toMatchObject({ isAwaitingDecision: false, effectiveEndOn: '2013-12-31' });
    expect((await record('2014-01-01')).assessment.isAwaitingDecision).toBe(true);
    await recordDecision(database.db, project.id, { kind: 'anchor', decidedOn: '2013-12-10', note: 'Forankres.' }, ctx);
    const after = await record('2014-01-01');
    expect(after.assessment).toMatchObject({ isAwaitingDecision: false, status: 'anchored' });
    expect(after.decisions.map((d) => d.kind)).toEqual(['extend', 'anchor']);
  });

  it('records an evaluation as planned, then done with its result', async () => {
    const project = await createProject(database.db, { ...base, title: 'Evalueres' }, demoContext);
    const planned = await addEvaluation(database.db, project.id, { state: 'planned', method: 'Registeranalyse', plannedFor: '2013-09-01' }, ctx);
    await expect(updateEvaluation(database.db, planned.id, { state: 'done', method: 'Registeranalyse' }, ctx)).rejects.toThrow(/completed and its result/);
    const done = await updateEvaluation(
      database.db,
      planned.id,
      { state: 'done', method: 'Registeranalyse', completedOn: '2013-09-20', result: 'Virkede.' },
      ctx,
    );
    expect(done).toMatchObject({ state: 'done', result: 'Virkede.', planned_for: null });
  });
});
