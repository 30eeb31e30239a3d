import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { economicOverviewToXlsx } from '../../src/services/plans/economic-overview-xlsx.js';
import { getEconomicOverview, toEconomicOverview } from '../../src/services/plans/economic-overview.js';
import type { PlanForOverview } from '../../src/services/plans/economic-overview.js';
import { ENGINES } from '../support/databases.js';
import type { TestDatabase } from '../support/databases.js';
import { createProjectDemoDatabase, idsByCode } from '../projects/support/project-demo-database.js';

/** The budget per year of the newest versions of the year's plans, added up by the database itself. */
async function sumsInDatabase(database: TestDatabase, planYear: number, committeeCode?: string): Promise<Map<number, number>> {
  const committee = committeeCode ? sql`and c.code = ${committeeCode}` : sql``;
  const { rows } = await sql<{ year: number; total: number }>`
    select b.year as year, sum(b.amount_kr) as total
    from action_plan_budgets b
    join action_plan_initiatives i on i.id = b.initiative_id
    join action_plan_versions v on v.id = i.version_id
    join action_plans p on p.id = v.action_plan_id
    join committees c on c.id = p.committee_id
    where p.year = ${planYear} ${committee}
      and v.number = (select max(w.number) from action_plan_versions w where w.action_plan_id = p.id)
    group by b.year`.execute(database.db);
  return new Map(rows.map((r) => [Number(r.year), Number(r.total)]));
}

const resultOf = (cell: ExcelJS.Cell) => (cell.value as { result: number }).result;
const formulaOf = (cell: ExcelJS.Cell) => (cell.value as { formula: string }).formula;

async function readWorkbook(buffer: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  return workbook;
}

describe.each(ENGINES)('the economic overview on %s', (engine) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createProjectDemoDatabase(engine);
  });
  afterAll(() => database.drop());

  it('adds up the newest version of every plan of the year, committee by committee', async () => {
    const overview = await getEconomicOverview(database.db, { year: 2011 });
    expect(overview.years).toEqual([2012, 2013, 2014]);
    expect(overview.committees.map((c) => [c.committee.code, c.versionNumber])).toEqual([
      ['BUU', 2],
      ['KFU', 1],
      ['SOU', 1],
      ['SUU', 1],
      ['BIU', 1],
    ]);
    const sums = await sumsInDatabase(database, 2011);
    expect(overview.totalsByYear).toEqual(overview.years.map((y) => sums.get(y)));
    expect(overview.total).toBe([...sums.values()].reduce((a, b) => a + b, 0));
  });

  it('exports a workbook whose totals are the sums of the plans, in values and in formulas', async () => {
    const overview = await getEconomicOverview(database.db, { year: 2011 });
    const workbook = await readWorkbook(await economicOverviewToXlsx(overview, 'da'));
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Økonomioversigt', 'BUU', 'KFU', 'SOU', 'SUU', 'BIU']);
    const summary = workbook.getWorksheet('Økonomioversigt')!;
    expect(summary.getRow(4).values).toEqual([undefined, 'Udvalg', 2012, 2013, 2014, 'I alt']);
    const totalRow = summary.getRow(5 + overview.committees.length);
    expect(totalRow.getCell(1).value).toBe('I alt');
    const sums = await sumsInDatabase(database, 2011);
    expect([2, 3, 4].map((c) => resultOf(totalRow.getCell(c)))).toEqual([2012, 2013, 2014].map((y) => sums.get(y)));
    expect(resultOf(totalRow.getCell(5))).toBe([...sums.values()].reduce((a, b) => a + b, 0));
    expect(formulaOf(totalRow.getCell(2))).toBe('SUM(B5:B9)');
    for (const [i, economy] of overview.committees.entries()) {
      const code = economy.committee.code;
      const sheet = workbook.getWorksheet(code)!;
      const committeeSums = await sumsInDatabase(database, 2011, code);
      const sheetTotal = sheet.getRow(5 + economy.initiatives.length);
      expect(
        [4, 5, 6].map((c) => resultOf(sheetTotal.getCell(c))),
        code,
      ).toEqual([2012, 2013, 2014].map((y) => committeeSums.get(y) ?? 0));
      expect(formulaOf(summary.getRow(5 + i).getCell(2))).toBe(`'${code}'!D${sheetTotal.number}`);
    }
  });

  it("exports one committee's overview with its own sheet", async () => {
    const ids = await idsByCode(database);
    const overview = await getEconomicOverview(database.db, { year: 2011, committeeId: ids.committee('BUU') });
    const workbook = await readWorkbook(await economicOverviewToXlsx(overview, 'en'));
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Economic overview', 'BUU']);
    const buu = workbook.getWorksheet('BUU')!;
    expect(buu.getRow(4).values).toEqual([undefined, 'Initiative', 'Responsible', 'Result target', 2012, 2013, 2014, 'Total']);
    expect(resultOf(buu.getRow(8).getCell(7))).toBe(overview.total);
    expect(overview.total).toBe(4_200_000 * 2 + 3_800_000 + 1_500_000 * 3 + 900_000 * 2);
  });
});

describe('summing plans into an overview', () => {
  const initiative = fc.record({
    title: fc.string(),
    description: fc.constant(null),
    resultTarget: fc.string(),
    indicatorCode: fc.constant(null),
    owner: fc.constant(null),
    firstYear: fc.constant(2012),
    lastYear: fc.constant(2016),
    goals: fc.constant([]),
    budgets: fc.uniqueArray(fc.record({ year: fc.integer({ min: 2012, max: 2016 }), amountKr: fc.integer({ min: 0, max: 50_000_000 }) }), {
      selector: (b) => b.year,
      maxLength: 5,
    }),
  });
  const plan = fc.record({
    committee: fc.constant({ code: 'X', name: { da: 'X', en: null } }),
    planId: fc.nat(),
    versionNumber: fc.constant(1),
    title: fc.string(),
    initiatives: fc.array(initiative, { maxLength: 5 }),
  });

  it('has totals that are the sums of every amount, by year, committee and city', () => {
    fc.assert(
      fc.property(fc.array(plan, { maxLength: 6 }), (plans: PlanForOverview[]) => {
        const overview = toEconomicOverview(2011, plans);
        const all = plans.flatMap((p) => p.initiatives.flatMap((i) => i.budgets));
        expect(overview.total).toBe(all.reduce((a, b) => a + b.amountKr, 0));
        overview.years.forEach((year, y) => expect(overview.totalsByYear[y]).toBe(all.filter((b) => b.year === year).reduce((a, b) => a + b.amountKr, 0)));
        for (const committee of overview.committees) {
          expect(committee.total).toBe(committee.initiatives.reduce((a, i) => a + i.total, 0));
        }
      }),
    );
  });
});
