// Answering, reviewing and editing the cycle through its services: the moves,
// who may make them, history and audit rows, attachments and comments.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAuditEntries } from '../../src/db/repositories/audit.js';
import type { Actor } from '../../src/domain/permissions.js';
import { createCycleFromDefaults } from '../../src/services/cycle/create-cycle.js';
import { addMilestone, editMilestone, removeMilestone, setTaskDeadline } from '../../src/services/cycle/cycle-editing.js';
import { getCycleOverview, toDeliveryBoard } from '../../src/services/cycle/cycle-views.js';
import { addAttachment, readAttachment, removeAttachment } from '../../src/services/cycle/task-attachments.js';
import { addTaskComment, approveTask, returnTask, saveTaskDraft, submitTask } from '../../src/services/cycle/task-answering.js';
import { getTaskView } from '../../src/services/cycle/task-view.js';
import { createActionPlan } from '../../src/services/plans/action-plans.js';
import { ENGINES } from '../support/databases.js';
import type { TestDatabase } from '../support/databases.js';
import { committeeIdOf, createCycleDemoDatabase, policyIdOf, taskIdOf } from './support/cycle-demo-database.js';
import { commandLineActor } from '../../src/domain/permissions.js';

const ctx = { actor: commandLineActor('someone@kk.test'), now: new Date('2013-04-20T09:00:00Z') };

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
    await expect(saveTaskDraft(database.db, { taskId, fields: { challenges: 'x' } }, buuMember, ctx)).rejects.toMatchObject({ id: 'forbidden' });
    await expect(approveTask(database.db, { taskId }, tmuMember, ctx)).rejects.toMatchObject({ id: 'forbidden' });
    await expect(submitTask(database.db, { taskId, fields: { challenges: '  ' } }, tmuMember, ctx)).rejects.toMatchObject({ id: 'invalid' });

    const draft = await saveTaskDraft(database.db, { taskId, version: 1, fields: { challenges: ' Trafiksikkerhed ', bogus: 'dropped' } }, tmuMember, ctx);
    expect(draft.state).toBe('in_progress');
    await expect(saveTaskDraft(database.db, { taskId, version: 1, fields: {} }, tmuMember, ctx)).rejects.toMatchObject({ id: 'conflict' });
    expect((await getTaskView(database.db, taskId, tmuMember, '2013-04-20')).fields).toEqual({ challenges: 'Trafiksikkerhed', initiatives: '', results: '', next_steps: '' });
    // The secretariat does not see a draft as an answer.
    expect((await getTaskView(database.db, taskId, analyst, '2013-04-20')).fields).toEqual({});

    await expect(approveTask(database.db, { taskId }, analyst, ctx)).rejects.toMatchObject({ id: 'conflict' });
    await submitTask(database.db, { taskId, version: draft.version, fields: { challenges: 'Trafiksikkerhed', results: 'Færre uheld' } }, tmuMember, ctx);
    await expect(saveTaskDraft(database.db, { taskId, fields: { challenges: 'late' } }, tmuMember, ctx)).rejects.toMatchObject({ id: 'conflict' });
    await expect(returnTask(database.db, { taskId, comment: ' ' }, analyst, ctx)).rejects.toMatchObject({ id: 'invalid' });
    await returnTask(database.db, { taskId, comment: 'Skriv mere om resultaterne.' }, analyst, ctx);
    await submitTask(database.db, { taskId, fields: { challenges: 'Trafiksikkerhed', results: 'Færre uheld, flere cyklister' } }, tmuMember, ctx);
    await approveTask(database.db, { taskId }, analyst, ctx);

    const view = await getTaskView(database.db, taskId, analyst, '2013-06-01');
    expect(view.state).toBe('approved');
    expect(view.overdue).toBe(false);
    expect(view.fields.results).toBe('Færre uheld, flere cyklister');
    expect(view.history.map((h) => [h.from, h.to])).toEqual([
      [null, 'not_started'], ['not_started', 'in_progress'], ['in_progress', 'submitted'], ['submitted', 'returned'], ['returned', 'submitted'], ['submitted', 'approved'],
    ]);
    expect(view.history[3]!.note).toBe('Skriv mere om resultaterne.');
    expect(view.comments.map((c) => c.body)).toEqual(['Skriv mere om resultaterne.']);
    const audit = (await listAuditEntries(database.db, { entity: 'cycle_task' })).filter((a) => a.entity_id === String(taskId));
    expect(audit.map((a) => a.action).reverse()).toEqual(['save-draft', 'submit', 'return', 'submit', 'approve']);
  });

  it('lets a data supplier answer only its administration\'s figures task', async () => {
    const tasks = await database.db.selectFrom('cycle_tasks').innerJoin('administrations', 'administrations.id', 'cycle_tasks.administration_id').select(['cycle_tasks.id', 'administrations.code']).execute();
    const own = tasks.find((t) => t.code === 'BIF');
    const other = tasks.find((t) => t.code !== 'BIF')!;
    await expect(saveTaskDraft(database.db, { taskId: other.id, fields: { notes: 'x' } }, supplier, ctx)).rejects.toMatchObject({ id: 'forbidden' });
    if (own) expect((await saveTaskDraft(database.db, { taskId: own.id, fields: { notes: 'Tallene kommer.' } }, supplier, ctx)).state).toBe('in_progress');
  });

  it('keeps attachments while the task is open, and only for those who may see it', async () => {
    const taskId = await taskIdOf(database.db, { committee: 'TMU', kind: 'action_plan' });
    const content = Buffer.from([0, 1, 2, 255, 10, 13]);
    const file = await addAttachment(database.db, taskId, { fileName: '../../handleplan "ny".pdf', contentType: 'application/pdf', content }, tmuMember, ctx);
    expect(file).toMatchObject({ file_name: 'handleplan ny.pdf', size_bytes: 6, content_type: 'application/pdf' });
    const read = await readAttachment(database.db, file.id, analyst);
    expect(Buffer.from(read.content).equals(content)).toBe(true);
    await expect(readAttachment(database.db, file.id, buuMember)).rejects.toMatchObject({ id: 'forbidden' });
    await expect(addAttachment(database.db, taskId, { fileName: 'x', contentType: 'text/plain', content: Buffer.alloc(0) }, tmuMember, ctx)).rejects.toMatchObject({ id: 'invalid' });
    await expect(removeAttachment(database.db, file.id, { confirmed: false }, tmuMember, ctx)).rejects.toMatchObject({ id: 'invalid' });
    await submitTask(database.db, { taskId, fields: { revision_summary: 'Se bilag.' } }, tmuMember, ctx);
    await expect(removeAttachment(database.db, file.id, { confirmed: true }, tmuMember, ctx)).rejects.toMatchObject({ id: 'conflict' });
    await expect(addAttachment(database.db, taskId, { fileName: 'y.txt', contentType: 'text/plain', content: Buffer.from('y') }, tmuMember, ctx)).rejects.toMatchObject({ id: 'conflict' });
  });

  it('links the action-plan task to the committee\'s plan for the year when there is one', async () => {
    const taskId = await taskIdOf(database.db, { committee: 'SUU', kind: 'action_plan' });
    expect((await getTaskView(database.db, taskId, analyst, '2013-04-20')).plan).toBeNull();
    const policyId = await policyIdOf(database.db);
    const content = { title: 'Sundheds- og Omsorgsudvalgets handleplan 2013', initiatives: [{ title: 'Sundhedsformidlere', resultTarget: '500 samtaler om året.', firstYear: 2013, lastYear: 2013, goalIds: [], budgets: [] }] };
    await createActionPlan(database.db, { policyId, committeeId: await committeeIdOf(database.db, 'SUU'), year: 2013, content }, ctx);
    expect((await getTaskView(database.db, taskId, analyst, '2013-04-20')).plan).toMatchObject({ title: 'Sundheds- og Omsorgsudvalgets handleplan 2013', version: 1 });
  });

  it('comments by anyone who may read the task, not others', async () => {
    const taskId = await taskIdOf(database.db, { committee: 'BUU', kind: 'economic_overview' });
    await addTaskComment(database.db, { taskId, body: 'Vi afleverer fredag.' }, buuMember, ctx);
    await expect(addTaskComment(database.db, { taskId, body: 'Hej' }, tmuMember, ctx)).rejects.toMatchObject({ id: 'forbidden' });
    await expect(addTaskComment(database.db, { taskId, body: '' }, buuMember, ctx)).rejects.toMatchObject({ id: 'invalid' });
  });

  it('creates a year from the defaults once, and lets the secretariat edit it', async () => {
    const policyId = await policyIdOf(database.db);
    const created = await createCycleFromDefaults(database.db, { policyId, year: 2014 }, ctx);
    expect(created.milestones).toBe(7);
    await expect(createCycleFromDefaults(database.db, { policyId, year: 2014 }, ctx)).rejects.toMatchObject({ id: 'conflict' });
    const overview = await getCycleOverview(database.db, created.cycleId, { today: '2014-05-07' });
    const statement = overview.milestones.find((m) => m.kind === 'status_statement')!;
    expect(statement.tasks.every((t) => t.overdue && t.state === 'not_started')).toBe(true);

    await expect(editMilestone(database.db, statement.id, statement.version, { kind: 'status_statement', titleDa: 'Redegørelse', titleEn: 'Statement', date: '2014-05-09' }, tmuMember, ctx)).rejects.toMatchObject({ id: 'forbidden' });
    await expect(editMilestone(database.db, statement.id, statement.version, { kind: 'status_statement', titleDa: 'Redegørelse', titleEn: 'Statement', date: '2014-02-30' }, analyst, ctx)).rejects.toMatchObject({ id: 'invalid' });
    await editMilestone(database.db, statement.id, statement.version, { kind: 'status_statement', titleDa: 'Redegørelse', titleEn: 'Statement', date: '2014-05-09' }, analyst, ctx);
    await expect(editMilestone(database.db, statement.id, statement.version, { kind: 'status_statement', titleDa: 'Gammel', titleEn: 'Old', date: '2014-05-09' }, analyst, ctx)).rejects.toMatchObject({ id: 'conflict' });

    const task = statement.tasks[0]!;
    await setTaskDeadline(database.db, task.id, task.version, '2014-05-12', analyst, ctx);
    const after = await getCycleOverview(database.db, created.cycleId, { today: '2014-05-10' });
    const moved = after.milestones.find((m) => m.id === statement.id)!;
    expect(moved.title.da).toBe('Redegørelse');
    expect(moved.tasks.find((t) => t.id === task.id)).toMatchObject({ deadline: '2014-05-12', overdue: false });

    const extra = await addMilestone(database.db, created.cycleId, { kind: 'other', titleDa: 'Temamøde', titleEn: 'Theme meeting', date: '2014-03-01' }, analyst, ctx);
    await removeMilestone(database.db, extra.id, analyst, ctx);
    const board = toDeliveryBoard(after);
    expect(board.milestones.map((m) => m.kind)).toEqual(['new_figures', 'economic_overview', 'status_statement', 'action_plan']);
    expect(board.rows.filter((r) => r.assignee.kind === 'committee').length).toBeGreaterThan(0);
    expect(board.rows.at(-1)!.assignee.kind).toBe('administration');
  });
});
