import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAuditEntries } from '../../src/db/repositories/audit.js';
import { validateProjectImport } from '../../src/domain/projects/project-import.js';
import { importProjects } from '../../src/services/projects/import/import-projects.js';
import { readProjectTable } from '../../src/services/projects/import/read-project-table.js';
import { publicProjectsToCsv } from '../../src/services/projects/project-csv.js';
import { listPublicProjects } from '../../src/services/projects/public-projects.js';
import { ENGINES } from '../support/databases.js';
import type { TestDatabase } from '../support/databases.js';
import { DEMO_TODAY, createProjectDemoDatabase } from './support/project-demo-database.js';
import { commandLineActor } from '../../src/domain/permissions.js';

const ctx = { actor: commandLineActor('import@example.org'), now: new Date('2013-02-01T08:00:00Z') };

const countProjects = async (database: TestDatabase) => (await database.db.selectFrom('projects').select('id').execute()).length;

/** Danish Excel's "CSV (semikolonsepareret)": Windows-1252 with `;`. */
function windows1252Csv(lines: string[]): Uint8Array {
  const text = lines.join('\r\n');
  const bytes = new Uint8Array(text.length);
  const special: Record<string, number> = { æ: 0xe6, ø: 0xf8, å: 0xe5, Æ: 0xc6, Ø: 0xd8, Å: 0xc5, é: 0xe9 };
  for (let i = 0; i < text.length; i++) bytes[i] = special[text[i]!] ?? text.charCodeAt(i);
  return bytes;
}

describe.each(ENGINES)('importing a project list on %s', (engine) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createProjectDemoDatabase(engine);
  });
  afterAll(() => database.drop());

  it('imports a Danish semicolon CSV in Windows-1252, with internal fields kept internal', async () => {
    const bytes = windows1252Csv([
      'Nr.;Titel;Projektejer;Udvalg;Mål;Startdato;Slutdato;Budget;Kommunal medfinansiering;Sagsnummer;Intern note',
      'IMP-1;Søndagsskole for forældre;Forældreforeningen;BUU;mal-1;1-9-2012;31-8-2013;250.000;125.000 kr.;2012-9911;må ikke offentliggøres',
      ';;;;;;;;;;',
      'IMP-2;Café for ældre;Ældresagen lokalt;Sundheds- og Omsorgsudvalget;4;2012-10-01;2013-09-30;;;;',
    ]);
    const before = await countProjects(database);
    const outcome = await importProjects(database.db, { bytes, name: 'projekter.csv' }, ctx);
    expect(outcome).toMatchObject({ ok: true });
    expect(await countProjects(database)).toBe(before + 2);
    const imported = await database.db.selectFrom('projects').selectAll().where('reference', 'in', ['IMP-1', 'IMP-2']).orderBy('reference').execute();
    expect(imported.map((p) => [p.title, p.start_on, p.budget_kr, p.cofunding_kr])).toEqual([
      ['Søndagsskole for forældre', '2012-09-01', 250_000, 125_000],
      ['Café for ældre', '2012-10-01', null, 0],
    ]);
    const internal = await database.db.selectFrom('project_internal').selectAll().where('project_id', '=', imported[0]!.id).executeTakeFirst();
    expect(internal).toMatchObject({ case_number: '2012-9911', internal_note: 'må ikke offentliggøres' });
    const audit = await listAuditEntries(database.db, { entity: 'project' });
    expect(audit.find((a) => a.action === 'import')?.after).toContain('projekter.csv');
  });

  it('writes nothing when any row has a problem, and reports every problem by row and column', async () => {
    const csv = [
      'Titel,Projektejer,Udvalg,Start,Slut,Budget',
      'God række,Ejer,BIU,2012-01-01,2012-12-31,1000',
      'Dårlig række,,XYZ,2012-01-01,2011-12-31,tusind',
    ].join('\n');
    const before = await countProjects(database);
    const outcome = await importProjects(database.db, { bytes: new TextEncoder().encode(csv) }, ctx);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.problems.map((p) => [p.row, p.column, p.code])).toEqual([
      [3, 'Projektejer', 'missing_value'],
      [3, 'Udvalg', 'unknown_committee'],
      [3, 'Slut', 'end_before_start'],
      [3, 'Budget', 'invalid_amount'],
    ]);
    expect(await countProjects(database)).toBe(before);
  });

  it('imports an XLSX list, reading real dates and numbers, with the heading below a title row', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Projekter');
    sheet.addRow(['Projektliste fra 2012']);
    sheet.addRow([]);
    sheet.addRow(['Nr', 'Titel', 'Projektejer', 'Udvalg', 'Startdato', 'Slutdato', 'Budget', 'Medfinansiering']);
    sheet.addRow([
      'XL-1',
      { richText: [{ text: 'Motion ' }, { text: 'for alle' }] },
      'Idrætsforening',
      'KFU',
      new Date(Date.UTC(2012, 0, 1)),
      new Date(Date.UTC(2012, 11, 31)),
      90_000,
      { formula: 'G4/2', result: 45_000 },
    ]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const read = await readProjectTable(bytes);
    expect(read.ok && read.table.headingRow).toBe(3);
    const outcome = await importProjects(database.db, { bytes, name: 'liste.xlsx' }, ctx);
    expect(outcome).toMatchObject({ ok: true });
    const row = await database.db.selectFrom('projects').selectAll().where('reference', '=', 'XL-1').executeTakeFirstOrThrow();
    expect(row).toMatchObject({ title: 'Motion for alle', start_on: '2012-01-01', end_on: '2012-12-31', budget_kr: 90_000, cofunding_kr: 45_000 });
  });

  it('reports a file that is not a readable spreadsheet or text as one problem', async () => {
    const broken = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]);
    expect(await importProjects(database.db, { bytes: broken }, ctx)).toMatchObject({ ok: false, problems: [{ row: null, code: 'unreadable_file' }] });
    expect(await importProjects(database.db, { bytes: new Uint8Array([0x41, 0x00, 0x42]) }, ctx)).toMatchObject({
      ok: false,
      problems: [{ code: 'invalid_encoding' }],
    });
  });

  it('reads its own CSV export back: only the numbers already in the bank stand in the way', async () => {
    for (const lang of ['da', 'en'] as const) {
      const csv = publicProjectsToCsv(await listPublicProjects(database.db, { committeeCode: 'BIU' }, DEMO_TODAY), lang);
      const read = await readProjectTable(new TextEncoder().encode(csv));
      if (!read.ok) throw new Error('unreadable export');
      const committees = new Map([
        ['beskæftigelsesogintegrationsudvalget', { id: 1, administrationId: null }],
        ['employmentandintegrationcommittee', { id: 1, administrationId: null }],
      ]);
      const administrations = new Map([
        ['beskæftigelsesogintegrationsforvaltningen', 1],
        ['employmentandintegrationadministration', 1],
      ]);
      const goals = new Map(['mal2', 'mal3', 'mal6', 'mal8'].map((g, i) => [g, i + 1]));
      const result = validateProjectImport(read.table, { committees, administrations, goals, existingReferences: new Set(['PB-2011-03']) });
      expect(result.ok ? [] : result.problems.map((p) => p.code)).toEqual(['reference_exists']);
    }
  });
});
