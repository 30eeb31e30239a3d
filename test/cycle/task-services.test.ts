// Answering, reviewing and editing the cycle through its services: the moves,
// who may make them, history and audit rows, attachments and comments.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAuditEntries } from '../../src/db/repositories/audit.js';
import type { Actor } from '../../src/domain/permissions.js';
import { createCycleFromDefaults } from '../../src/services/cycle/create-cycle.js';
import { addMilestone, editMilestone, removeMilestone, setTaskDeadline } from '../../src/services/cycle/cycle-editing.js';
import { getCycleOverview, toDeliveryBoard } from '../../src/services/cycle/cycle-views.js';
import { addAttachment, readAttachment, removeAttachment } from '../../src/services/cycle/task-attachments.js';
import { addTaskComment, answerTask, approveTask, MAX_ANSWER_CHARS, returnTask, saveTaskDraft, submitTask } from '../../src/services/cycle/task-answering.js';
import { getCommitteeCycle } from '../../src/services/cycle/committee-cycle.js';
import { getTaskView } from '../../src/services/cycle/task-view.js';
import { createActionPlan } from '../../src/services/plans/action-plans.js';
import { ENGINES } from '../support/databases.js';
import type { TestDatabase } from '../support/databases.js';
import { committeeIdOf, createCycleDemoDatabase, policyIdOf, taskIdOf } from './support/cycle-demo-database.js';
import { commandLineActor } from '../../src/domain/permissions.js';

const ctx = { actor: commandLineActor('someone@kk.test'), now: new Date('2013-04-20T09:00:00Z') };
/** The change context of one actor: who acts is the context's actor, as at the command line. */
const as = (actor: Actor) => ({ actor, now: ctx.now });

describe.each(ENGINES)('cycle services on %s', (engine) => {
  let database: TestDatabase;
  let analyst: Actor;
  let tmuMember: Actor;
  let buuMember: Actor;
  let supplier: Actor;
  beforeAll(async () => {
    database = await createCycleDemoDatabase(engine);
    analyst = { id: 1, role: 'analyst', administrationId: null, committeeId: null, label: 'test' };
    tmuMember = { id: 2, role: 'committee_member', administrationId: null, committeeId: await committeeIdOf(database.db, 'TMU'), label: 'test' };
    buuMember = { id: 3, role: 'committee_member', administrationId: null, committeeId: await committeeIdOf(database.db, 'BUU'), label: 'test' };
    const bif = (await database.db.selectFrom('administrations').select('id').where('code', '=', 'BIF').executeTakeFirstOrThrow()).id;
    supplier = { id: 4, role: 'data_supplier', administrationId: bif, committeeId: null, label: 'test' };
  });
  afterAll(() => database.drop());

  it('takes a task from a draft through submission, return and approval, with history and audit', async () => {
    const taskId = await taskIdOf(database.db, { committee: 'TMU', kind: 'status_statement' });
    await expect(saveTaskDraft(database.db, { taskId, fields: { challenges: 'x' } }, as(buuMember))).rejects.toMatchObject({ id: 'forbidden' });
    await expect(approveTask(database.db, { taskId }, as(tmuMember))).rejects.toMatchObject({ id: 'forbidden' });
    await expect(submitTask(database.db, { taskId, fields: { challenges: '  ' } }, as(tmuMember))).rejects.toMatchObject({ id: 'invalid' });

    const draft = await saveTaskDraft(database.db, { taskId, version: 1, fields: { challenges: ' Trafiksikkerhed ', bogus: 'dropped' } }, as(tmuMember));
    expect(draft.state).toBe('in_progress');
    await expect(saveTaskDraft(database.db, { taskId, version: 1, fields: {} }, as(tmuMember))).rejects.toMatchObject({ id: 'conflict' });
    expect((await getTaskView(database.db, taskId, tmuMember, '2013-04-20')).fields).toEqual({
      challenges: 'Trafiksikkerhed',
      initiatives: '',
      results: '',
      next_steps: '',
    });
    // The secretariat does not see a draft as an answer.
    expect((await getTaskView(database.db, taskId, analyst, '2013-04-20')).fields).toEqual({});

    await expect(approveTask(database.db, { taskId }, as(analyst))).rejects.toMatchObject({ id: 'conflict' });
    await submitTask(database.db, { taskId, version: draft.version, fields: { challenges: 'Trafiksikkerhed', results: 'Færre uheld' } }, as(tmuMember));
    await expect(saveTaskDraft(database.db, { taskId, fields: { challenges: 'late' } }, as(tmuMember))).rejects.toMatchObject({ id: 'conflict' });
    await expect(returnTask(database.db, { taskId, comment: ' ' }, as(analyst))).rejects.toMatchObject({ id: 'invalid' });
    await returnTask(database.db, { taskId, comment: 'Skriv mere om resultaterne.' }, as(analyst));
    await submitTask(database.db, { taskId, fields: { challenges: 'Trafiksikkerhed', results: 'Færre uheld, flere cyklister' } }, as(tmuMember));
    await approveTask(database.db, { taskId }, as(analyst));

    const view = await getTaskView(database.db, taskId, analyst, '2013-06-01');
    expect(view.state).toBe('approved');
    expect(view.overdue).toBe(false);
    expect(view.fields.results).toBe('Færre uheld, flere cyklister');
    expect(view.history.map((h) => [h.from, h.to])).toEqual([
      [null, 'not_started'],
      ['not_started', 'in_progress'],
      ['in_progress', 'submitted'],
      ['submitted', 'returned'],
      ['returned', 'submitted'],
      ['submitted', 'approved'],
    ]);
    expect(view.history[3]!.note).toBe('Skriv mere om resultaterne.');
    expect(view.comments.map((c) => c.body)).toEqual(['Skriv mere om resultaterne.']);
    const audit = (await listAuditEntries(database.db, { entity: 'cycle_task' })).filter((a) => a.entity_id === String(taskId));
    expect(audit.map((a) => a.action).reverse()).toEqual(['save-draft', 'submit', 'return', 'submit', 'approve']);
  });

  it('refuses an answer field over 20,000 characters, and keeps only what changed, in short form, in the audit row', async () => {
    const open = await database.db
      .selectFrom('cycle_tasks')
      .select(['id', 'committee_id'])
      .where('kind', '=', 'status_statement')
      .where('state', '=', 'not_started')
      .where('committee_id', 'is not', null)
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    const taskId = open.id;
    const member: Actor = { id: 5, role: 'committee_member', administrationId: null, committeeId: open.committee_id, label: 'test' };
    const tooLong = 'x'.repeat(MAX_ANSWER_CHARS + 1);
    await expect(saveTaskDraft(database.db, { taskId, fields: { challenges: tooLong } }, as(member))).rejects.toMatchObject({
      id: 'invalid',
      message: expect.stringContaining('challenges'),
    });
    await expect(submitTask(database.db, { taskId, fields: { results: tooLong } }, as(member))).rejects.toMatchObject({
      id: 'invalid',
      message: expect.stringContaining('results'),
    });
    const long = 'Trafik '.repeat(2800); // 19,600 characters: allowed
    await saveTaskDraft(database.db, { taskId, fields: { challenges: long.trim(), results: 'Færre uheld' } }, as(member));
    await submitTask(database.db, { taskId, fields: { challenges: long.trim(), results: 'Færre uheld, flere cyklister' } }, as(member));
    const audit = (await listAuditEntries(database.db, { entity: 'cycle_task' })).filter((a) => a.entity_id === String(taskId)).reverse();
    expect(audit.map((a) => a.action)).toEqual(['save-draft', 'submit']);
    for (const row of audit) expect(row.after!.length).toBeLessThan(400);
    expect(Object.keys(JSON.parse(audit[0]!.after!).changed)).toEqual(['challenges', 'results']);
    const submitted = JSON.parse(audit[1]!.after!);
    expect(Object.keys(submitted.changed)).toEqual(['results']);
    expect(submitted.changed.results.length).toBe('Færre uheld, flere cyklister'.length);
    expect((await getTaskView(database.db, taskId, analyst, '2013-04-20')).fields.challenges).toBe(long.trim());
  });

  it("lets a data supplier answer only its administration's figures task", async () => {
    const tasks = await database.db
      .selectFrom('cycle_tasks')
      .innerJoin('administrations', 'administrations.id', 'cycle_tasks.administration_id')
      .select(['cycle_tasks.id', 'administrations.code'])
      .execute();
    const own = tasks.find((t) => t.code === 'BIF');
    const other = tasks.find((t) => t.code !== 'BIF')!;
    await expect(saveTaskDraft(database.db, { taskId: other.id, fields: { notes: 'x' } }, as(supplier))).rejects.toMatchObject({ id: 'forbidden' });
    if (own) expect((await saveTaskDraft(database.db, { taskId: own.id, fields: { notes: 'Tallene kommer.' } }, as(supplier))).state).toBe('in_progress');
  });

  it("refuses a committee member another committee's task when the services are called directly, as the command line would", async () => {
    const taskId = await taskIdOf(database.db, { committee: 'TMU', kind: 'economic_overview' });
    const before = await getTaskView(database.db, taskId, analyst, '2013-04-20');
    await expect(answerTask(database.db, { taskId, fields: { notes: 'x' }, action: 'submit' }, as(buuMember))).rejects.toMatchObject({ id: 'forbidden' });
    // Refused as a person before the form is looked at.
    await expect(answerTask(database.db, { taskId, fields: {}, action: null }, as(buuMember))).rejects.toMatchObject({ id: 'forbidden' });
    await expect(submitTask(database.db, { taskId, fields: { notes: 'x' } }, as(buuMember))).rejects.toMatchObject({ id: 'forbidden' });
    await expect(addAttachment(database.db, taskId, undefined, as(buuMember))).rejects.toMatchObject({ id: 'forbidden' });
    await expect(addTaskComment(database.db, { taskId, body: '' }, as(buuMember))).rejects.toMatchObject({ id: 'forbidden' });
    await expect(createCycleFromDefaults(database.db, { policyId: await policyIdOf(database.db), year: 2020 }, as(tmuMember))).rejects.toMatchObject({
      id: 'forbidden',
    });
    const after = await getTaskView(database.db, taskId, analyst, '2013-04-20');
    expect(after).toMatchObject({ state: before.state, version: before.version, attachments: before.attachments, comments: before.comments });
    // A member asking for another committee's page gets its own.
    const page = await getCommitteeCycle(database.db, before.cycleId, buuMember, { chosenId: tmuMember.committeeId!, today: '2013-04-20' });
    expect(page.committee.id).toBe(buuMember.committeeId);
    expect(page.committees).toEqual([]);
  });

  it('keeps attachments while the task is open, and only for those who may see it', async () => {
    const taskId = await taskIdOf(database.db, { committee: 'TMU', kind: 'action_plan' });
    const content = Buffer.from([0, 1, 2, 255, 10, 13]);
    const file = await addAttachment(database.db, taskId, { fileName: '../../handleplan "ny".pdf', contentType: 'application/pdf', content }, as(tmuMember));
    expect(file).toMatchObject({ fileName: 'handleplan ny.pdf', sizeBytes: 6, contentType: 'application/pdf' });
    const read = await readAttachment(database.db, file.id, analyst);
    expect(Buffer.from(read.content).equals(content)).toBe(true);
    await expect(readAttachment(database.db, file.id, buuMember)).rejects.toMatchObject({ id: 'forbidden' });
    await expect(
      addAttachment(database.db, taskId, { fileName: 'x', contentType: 'text/plain', content: Buffer.alloc(0) }, as(tmuMember)),
    ).rejects.toMatchObject({ id: 'invalid' });
    await expect(removeAttachment(database.db, file.id, { confirmed: false }, as(tmuMember))).rejects.toMatchObject({ id: 'invalid' });
    await submitTask(database.db, { taskId, fields: { revision_summary: 'Se bilag.' } }, as(tmuMember));
    await expect(removeAttachment(database.db, file.id, { confirmed: true }, as(tmuMember))).rejects.toMatchObject({ id: 'conflict' });
    await expect(
      addAttachment(database.db, taskId, { fileName: 'y.txt', contentType: 'text/plain', content: Buffer.from('y') }, as(tmuMember)),
    ).rejects.toMatchObject({ id: 'conflict' });
  });

  it("links the action-plan task to the committee's plan for the year when there is one", async () => {
    const taskId = await taskIdOf(database.db, { committee: 'SUU', kind: 'action_plan' });
    expect((await getTaskView(database.db, taskId, analyst, '2013-04-20')).plan).toBeNull();
    const policyId = await policyIdOf(database.db);
    const content = {
      title: 'Sundheds- og Omsorgsudvalgets handleplan 2013',
      initiatives: [{ title: 'Sundhedsformidlere', resultTarget: '500 samtaler om året.', firstYear: 2013, lastYear: 2013, goalIds: [], budgets: [] }],
    };
    await createActionPlan(database.db, { policyId, committeeId: await committeeIdOf(database.db, 'SUU'), year: 2013, content }, ctx);
    expect((await getTaskView(database.db, taskId, analyst, '2013-04-20')).plan).toMatchObject({
      title: 'Sundheds- og Omsorgsudvalgets handleplan 2013',
      version: 1,
    });
  });

  it('comments by anyone who may read the task, not others', async () => {
    const taskId = await taskIdOf(database.db, { committee: 'BUU', kind: 'economic_overview' });
    await addTaskComment(database.db, { taskId, body: 'Vi afleverer fredag.' }, as(buuMember));
    await expect(addTaskComment(database.db, { taskId, body: 'Hej' }, as(tmuMember))).rejects.toMatchObject({ id: 'forbidden' });
    await expect(addTaskComment(database.db, { taskId, body: '' }, as(buuMember))).rejects.toMatchObject({ id: 'invalid' });
  });

  it('creates a year from the defaults once, and lets the secretariat edit it', async () => {
    const policyId = await policyIdOf(database.db);
    const created = await createCycleFromDefaults(database.db, { policyId, year: 2014 }, ctx);
    expect(created.milestones).toBe(7);
    await expect(createCycleFromDefaults(database.db, { policyId, year: 2014 }, ctx)).rejects.toMatchObject({ id: 'conflict' });
    const overview = await getCycleOverview(database.db, created.cycleId, { today: '2014-05-07' });
    const statement = overview.milestones.find((m) => m.kind === 'status_statement')!;
    expect(statement.tasks.every((t) => t.overdue && t.state === 'not_started')).toBe(true);

    await expect(
      editMilestone(
        database.db,
        statement.id,
        statement.version,
        { kind: 'status_statement', titleDa: 'Redegørelse', titleEn: 'Statement', date: '2014-05-09' },
        as(tmuMember),
      ),
    ).rejects.toMatchObject({ id: 'forbidden' });
    await expect(
      editMilestone(
        database.db,
        statement.id,
        statement.version,
        { kind: 'status_statement', titleDa: 'Redegørelse', titleEn: 'Statement', date: '2014-02-30' },
        as(analyst),
      ),
    ).rejects.toMatchObject({ id: 'invalid' });
    await editMilestone(
      database.db,
      statement.id,
      statement.version,
      { kind: 'status_statement', titleDa: 'Redegørelse', titleEn: 'Statement', date: '2014-05-09' },
      as(analyst),
    );
    await expect(
      editMilestone(
        database.db,
        statement.id,
        statement.version,
        { kind: 'status_statement', titleDa: 'Gammel', titleEn: 'Old', date: '2014-05-09' },
        as(analyst),
      ),
    ).rejects.toMatchObject({ id: 'conflict' });

    const task = statement.tasks[0]!;
    await setTaskDeadline(database.db, task.id, task.version, '2014-05-12', as(analyst));
    const after = await getCycleOverview(database.db, created.cycleId, { today: '2014-05-10' });
    const moved = after.milestones.find((m) => m.id === statement.id)!;
    expect(moved.title.da).toBe('Redegørelse');
    expect(moved.tasks.find((t) => t.id === task.id)).toMatchObject({ deadline: '2014-05-12', overdue: false });

    const extra = await addMilestone(
      database.db,
      created.cycleId,
      { kind: 'other', titleDa: 'Temamøde', titleEn: 'Theme meeting', date: '2014-03-01' },
      as(analyst),
    );
    await removeMilestone(database.db, extra.id, { confirmed: true }, as(analyst));
    const board = toDeliveryBoard(after);
    expect(board.milestones.map((m) => m.kind)).toEqual(['new_figures', 'economic_overview', 'status_statement', 'action_plan']);
    expect(board.rows.filter((r) => r.assignee.kind === 'committee').length).toBeGreaterThan(0);
    expect(board.rows.at(-1)!.assignee.kind).toBe('administration');
  });
});
