// The action-plan screens over HTTP, as a browser without JavaScript uses
// them: a plan created through its form (problems beside the fields, what was
// typed kept), a revision that keeps the earlier version viewable, a revision
// made from an old version refused, the XLSX overview adding up to the plans,
// and a committee member reading its own committee's plans only.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAuditEntries } from '../../src/db/repositories/audit.js';
import { findPlanForCommitteeYear, listActionPlanSummaries } from '../../src/services/plans/plan-views.js';
import { getEconomicOverview } from '../../src/services/plans/economic-overview.js';
import { fieldError, readForm } from '../admin/support/read-form.js';
import { ENGINES } from '../support/databases.js';
import { startBankApp } from '../support/admin-screens.js';
import type { BankApp } from '../support/admin-screens.js';

describe.each(ENGINES)('the action-plan screens on %s', (engine) => {
  let bank: BankApp;
  beforeAll(async () => {
    bank = await startBankApp(engine);
  });
  afterAll(() => bank.close());

  it('creates a plan through its form, with problems beside the fields and what was typed kept', async () => {
    const admin = bank.visitors.administrator;
    const form = readForm((await admin.get('/admin/plans/new')).body, '/admin/plans');
    const committeeId = await bank.idOf('committees', 'TMU');
    const goalId = await bank.idOf('goals', 'mal-5');
    const indicatorId = await bank.idOf('indicators', 'tryghed');
    const typed = {
      ...form,
      committeeId: String(committeeId),
      year: '2013',
      title: 'Teknik og miljø 2013',
      summary: 'Tryghed i byrummet',
      'i0.title': 'Belysning i parker',
      'i0.resultTarget': '',
      'i0.indicatorId': String(indicatorId),
      'i0.firstYear': '2013',
      'i0.lastYear': '2012',
      'i0.goalIds': [String(goalId)],
      'i0.budget.2013': '400000',
    };
    const refused = await admin.post('/admin/plans', typed);
    expect(refused.statusCode).toBe(400);
    expect(fieldError(refused.body, 'i0-resultTarget')).toBe('Skal udfyldes.');
    expect(fieldError(refused.body, 'i0-lastYear')).toBeNull(); // checked once the required fields are there
    expect(readForm(refused.body, '/admin/plans')).toMatchObject({
      title: 'Teknik og miljø 2013',
      'i0.title': 'Belysning i parker',
      'i0.goalIds': [String(goalId)],
      'i0.budget.2013': '400000',
    });

    const wrongYears = await admin.post('/admin/plans', { ...typed, 'i0.resultTarget': 'Flere borgere føler sig trygge' });
    expect(wrongYears.statusCode).toBe(400);
    expect(fieldError(wrongYears.body, 'i0-lastYear')).toBe('Sidste år må ikke ligge før første år.');

    // "Add an initiative" brings the form back with one more group and nothing lost.
    const more = await admin.post('/admin/plans', { ...typed, add: '1' });
    expect(more.statusCode).toBe(200);
    expect(readForm(more.body, '/admin/plans')).toMatchObject({ initiativeCount: '2', 'i0.title': 'Belysning i parker', 'i1.title': '' });

    const created = await admin.post('/admin/plans', {
      ...typed,
      'i0.resultTarget': 'Flere borgere føler sig trygge',
      'i0.lastYear': '2014',
      'i0.budget.2014': '350000',
      initiativeCount: '2',
      'i1.title': 'Tryghedsvandringer',
      'i1.resultTarget': 'Ti vandringer om året',
      'i1.firstYear': '2013',
      'i1.lastYear': '2013',
      'i1.budget.2013': '50000',
    });
    expect(created.statusCode).toBe(303);
    const plan = await findPlanForCommitteeYear(bank.database.db, committeeId, 2013);
    expect(plan).toMatchObject({ year: 2013, latestVersion: { number: 1, title: 'Teknik og miljø 2013' } });
    expect(created.headers.location).toBe(`/admin/plans/${plan!.id}?created=1`);
    const page = await admin.get(`/admin/plans/${plan!.id}`);
    expect(page.body).toContain('Belysning i parker');
    expect(page.body).toContain('Indikatorens status:');
    expect(page.body).toContain('400.000 kr.');

    // One plan per committee and year.
    const twice = await admin.post('/admin/plans', { ...typed, 'i0.resultTarget': 'x', 'i0.lastYear': '2014' });
    expect(twice.statusCode).toBe(400);
    expect(fieldError(twice.body, 'year')).toContain('allerede en handleplan');
  });

  it('revises a plan into a new version and keeps the earlier one viewable', async () => {
    const admin = bank.visitors.administrator;
    const [plan] = await listActionPlanSummaries(bank.database.db, { committeeId: await bank.idOf('committees', 'BUU'), year: 2011 });
    const revisions = async () =>
      (await listAuditEntries(bank.database.db, { entity: 'action_plan' })).filter((a) => a.action === 'revise' && String(a.entity_id) === String(plan!.id))
        .length;
    const revisedBefore = await revisions();
    const oldTitle = plan!.latestVersion.title;
    const form = readForm((await admin.get(`/admin/plans/${plan!.id}/revise`)).body, `/admin/plans/${plan!.id}/revise`);
    expect(form.basedOnVersion).toBe(String(plan!.latestVersion.number));
    expect(form['i0.title']).toBeTruthy();
    const noNote = await admin.post(`/admin/plans/${plan!.id}/revise`, { ...form, title: 'Revideret plan' });
    expect(noNote.statusCode).toBe(400);
    expect(fieldError(noNote.body, 'revisionNote')).toBe('Skal udfyldes.');
    const saved = await admin.post(`/admin/plans/${plan!.id}/revise`, { ...form, title: 'Revideret plan', revisionNote: 'Budget for 2012 hævet' });
    expect(saved.statusCode).toBe(303);
    const latest = plan!.latestVersion.number + 1;
    const now = await admin.get(`/admin/plans/${plan!.id}`);
    expect(now.body).toContain('Revideret plan');
    expect(now.body).toContain(`href="/admin/plans/${plan!.id}?version=${latest - 1}"`);
    const earlier = await admin.get(`/admin/plans/${plan!.id}?version=${latest - 1}`);
    expect(earlier.statusCode).toBe(200);
    expect(earlier.body).toContain(oldTitle);
    expect(earlier.body).toContain('Du ser en tidligere version');

    // The same form again was opened at the old version: refused, nothing written, what was typed kept.
    const stale = await admin.post(`/admin/plans/${plan!.id}/revise`, { ...form, title: 'Tredje udgave', revisionNote: 'Fra en gammel fane' });
    expect(stale.statusCode).toBe(409);
    expect(stale.body).toContain('Intet er gemt');
    expect(readForm(stale.body, `/admin/plans/${plan!.id}/revise`)).toMatchObject({ title: 'Tredje udgave' });
    const [after] = await listActionPlanSummaries(bank.database.db, { committeeId: await bank.idOf('committees', 'BUU'), year: 2011 });
    expect(after!.latestVersion).toMatchObject({ number: latest, title: 'Revideret plan' });
    expect(await revisions()).toBe(revisedBefore + 1);
  });

  it('downloads the economic overview as XLSX whose totals equal the sum of the plans', async () => {
    const admin = bank.visitors.administrator;
    const response = await admin.get('/admin/plans/economy.xlsx?year=2011');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ExcelJS.Buffer);
    const summary = workbook.worksheets[0]!;
    const plans = await listActionPlanSummaries(bank.database.db, { year: 2011 });
    const overview = await getEconomicOverview(bank.database.db, { year: 2011 });
    expect(plans.length).toBeGreaterThan(1);
    // Sum every budget of every plan's newest version straight from the tables.
    const amounts = await bank.database.db
      .selectFrom('action_plan_budgets as b')
      .innerJoin('action_plan_initiatives as i', 'i.id', 'b.initiative_id')
      .select(['b.amount_kr', 'i.version_id'])
      .where(
        'i.version_id',
        'in',
        plans.map((p) => p.latestVersion.id),
      )
      .execute();
    const expected = amounts.reduce((sum, a) => sum + Number(a.amount_kr), 0);
    const totalRow = summary.getRow(4 + plans.length + 1);
    const totalCell = totalRow.getCell(2 + overview.years.length).value as { result: number };
    expect(totalCell.result).toBe(expected);
    const committeeRows = plans.map((_, i) => (summary.getRow(5 + i).getCell(2 + overview.years.length).value as { result: number }).result);
    expect(committeeRows.reduce((a, b) => a + b, 0)).toBe(expected);
    const page = await admin.get('/admin/plans/economy?year=2011');
    expect(page.body).toContain(new Intl.NumberFormat('da-DK').format(expected));
  });

  it("shows a committee member its own committee's plans and refuses the others", async () => {
    const member = bank.visitors.buuMember;
    const all = await listActionPlanSummaries(bank.database.db);
    const buu = await bank.idOf('committees', 'BUU');
    const own = all.filter((p) => p.committee.id === buu);
    const other = all.find((p) => p.committee.id !== buu)!;
    const list = await member.get('/admin/plans');
    expect(list.statusCode).toBe(200);
    for (const plan of own) expect(list.body).toContain(`href="/admin/plans/${plan.id}"`);
    expect(list.body).not.toContain(`href="/admin/plans/${other.id}"`);
    // Asking for another committee in the address changes nothing.
    expect((await member.get(`/admin/plans?committee=${other.committee.id}`)).body).not.toContain(`href="/admin/plans/${other.id}"`);
    expect((await member.get(`/admin/plans/${own[0]!.id}`)).statusCode).toBe(200);
    expect((await member.get(`/admin/plans/${own[0]!.id}`)).body).not.toContain('/revise');
    expect((await member.get(`/admin/plans/${other.id}`)).statusCode).toBe(403);
    expect((await member.get(`/admin/plans/${own[0]!.id}/revise`)).statusCode).toBe(403);
    expect((await member.get('/admin/plans/economy.xlsx?year=2011')).statusCode).toBe(403);
  });
});
