import { describe, expect, it } from 'vitest';
import { parseImportDate, parseKroner, splitCodes } from './import-values.js';
import type { CellValue } from './import-values.js';
import { normaliseHeading } from './project-import-columns.js';
import { validateProjectImport } from './project-import.js';
import type { ImportLookups } from './project-import.js';

describe('reading imported values', () => {
  it.each([
    ['100000', 100_000],
    ['100.000', 100_000],
    ['1.250.000 kr.', 1_250_000],
    ['kr. 75.000,-', 75_000],
    ['75.000,00', 75_000],
    [' 12 500 ', 12_500],
    [250000, 250_000],
    ['1,5', null],
    ['12.50', null],
    ['-100', null],
    ['mange penge', null],
    [12.5, null],
    [-3, null],
  ] as const)('reads %j as %j kroner', (cell, expected) => {
    expect(parseKroner(cell)).toBe(expected);
  });

  it.each([
    ['2012-03-01', '2012-03-01'],
    ['2012-3-1', '2012-03-01'],
    ['1-3-2012', '2012-03-01'],
    ['01.03.2012', '2012-03-01'],
    ['1/3/2012', '2012-03-01'],
    ['2012-02-30', null],
    ['31-04-2012', null],
    ['marts 2012', null],
    ['', null],
  ])('reads the date %j as %j', (cell, expected) => {
    expect(parseImportDate(cell)).toBe(expected);
  });

  it('reads spreadsheet dates and lists of codes', () => {
    expect(parseImportDate(new Date(Date.UTC(2012, 2, 1)))).toBe('2012-03-01');
    expect(splitCodes('mal-1, mal-4;mal-6  mal-8')).toEqual(['mal-1', 'mal-4', 'mal-6', 'mal-8']);
  });
});

const key = normaliseHeading;
const lookups: ImportLookups = {
  committees: new Map([
    [key('BUU'), { id: 2, administrationId: 20 }],
    [key('Børne- og Ungdomsudvalget'), { id: 2, administrationId: 20 }],
    [key('BIU'), { id: 7, administrationId: 70 }],
  ]),
  administrations: new Map([
    [key('BUF'), 20],
    [key('BIF'), 70],
  ]),
  goals: new Map([
    [key('mal-1'), 101],
    [key('1'), 101],
    [key('mal-2'), 102],
  ]),
  existingReferences: new Set(['PB-001']),
};
/** The rows under the heading, numbered as a spreadsheet shows them. */
const table = (rows: CellValue[][]) => ({ headingRow: 1, headings, rows: rows.map((cells, i) => ({ row: i + 2, cells })) });
const headings = ['Nr', 'Titel', 'Projektejer', 'Udvalg', 'Mål', 'Startdato', 'Slutdato', 'Budget', 'Kommunal medfinansiering', 'Sagsnummer'];

describe('validating an imported project list', () => {
  it('hands on every row when there is no problem, filling the administration from the committee', () => {
    const result = validateProjectImport(
      table([
        [
          'PB-101',
          'Lektiecafé',
          'Foreningen Lektiehjælp',
          'Børne- og Ungdomsudvalget',
          'mal-1, 1',
          '1-8-2011',
          '2013-07-31',
          '400.000',
          '150.000',
          '2011-1234',
        ],
        [null, null, null, null, null, null, null, null, null, null],
        ['PB-102', 'Jobbro', 'BIF', 'BIU', 'mal-2', '2012-01-01', '2012-12-31', null, null, null],
      ]),
      lookups,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.projects).toHaveLength(2);
    expect(result.projects[0]).toMatchObject({
      row: 2,
      committeeId: 2,
      administrationId: 20,
      goalIds: [101],
      startOn: '2011-08-01',
      budgetKr: 400_000,
      cofundingKr: 150_000,
      caseNumber: '2011-1234',
    });
    expect(result.projects[1]).toMatchObject({ row: 4, budgetKr: null, cofundingKr: 0, caseNumber: null });
  });

  it('reports every problem of every row with row, column and code', () => {
    const result = validateProjectImport(
      table([
        ['PB-001', '', 'Ejer', 'XYZ', 'mal-9', '2012-13-01', '2011-01-01', '100', '200', null],
        ['PB-200', 'A', 'Ejer', 'BIU', null, '2012-06-01', '2012-01-01', 'mange', null, null],
        ['PB-200', 'B', 'Ejer', 'BIU', null, '2012-01-01', '2012-12-31', null, null, null],
      ]),
      lookups,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => [p.row, p.column, p.code])).toEqual([
      [2, 'Titel', 'missing_value'],
      [2, 'Udvalg', 'unknown_committee'],
      [2, 'Mål', 'unknown_goal'],
      [2, 'Startdato', 'invalid_date'],
      [2, 'Kommunal medfinansiering', 'cofunding_above_budget'],
      [2, 'Nr', 'reference_exists'],
      [3, 'Slutdato', 'end_before_start'],
      [3, 'Budget', 'invalid_amount'],
      [4, 'Nr', 'duplicate_reference'],
    ]);
    expect(result.problems.every((p) => p.message.length > 0)).toBe(true);
  });

  it('checks the headings before any row', () => {
    const result = validateProjectImport(
      {
        headingRow: 1,
        headings: ['Titel', 'Titel', 'Farve', 'Udvalg', 'Start', 'Slut'],
        rows: [{ row: 2, cells: ['x', 'x', 'x', 'BIU', '2012-01-01', '2012-02-01'] }],
      },
      lookups,
    );
    expect(result.ok ? [] : result.problems.map((p) => [p.row, p.column, p.code])).toEqual([
      [1, 'Titel', 'duplicate_column'],
      [1, 'Farve', 'unknown_column'],
      [1, 'projektejer', 'missing_column'],
    ]);
  });

  it('refuses a file without projects', () => {
    const result = validateProjectImport(table([]), lookups);
    expect(result.ok ? [] : result.problems.map((p) => p.code)).toEqual(['empty_file']);
  });
});
