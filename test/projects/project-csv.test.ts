import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { neutraliseFormula } from '../../src/services/csv/write-csv.js';
import { publicProjectsToCsv } from '../../src/services/projects/project-csv.js';
import type { PublicProjectSummary } from '../../src/services/projects/public-projects.js';

const project: PublicProjectSummary = {
  id: 1,
  reference: '@ref-1',
  title: '=HYPERLINK("http://example.org","klik")',
  description: 'Linje 1\nLinje 2, med komma',
  owner: '+45 1234 5678',
  committee: { code: 'BIU', name: { da: 'Beskæftigelses- og Integrationsudvalget', en: 'Employment and Integration Committee' } },
  administration: null,
  goals: [
    { code: 'mal-2', number: 2, title: { da: 'Flere i arbejde', en: null } },
    { code: 'mal-6', number: 6, title: { da: 'x', en: null } },
  ],
  startOn: '2012-01-01',
  endOn: '2012-12-31',
  effectiveEndOn: '2013-06-30',
  budgetKr: 500_000,
  cofundingKr: 0,
  fundingSource: '-10 % af puljen',
  targetGroup: 'Unge "på kanten"',
  contact: null,
  status: 'awaiting_decision',
};

describe('the public project CSV', () => {
  it.each([
    ['=1+2', "'=1+2"],
    ['+45', "'+45"],
    ['-10', "'-10"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['Almindelig tekst', 'Almindelig tekst'],
    ['1-2-3', '1-2-3'],
  ])('neutralises %j as %j', (text, expected) => {
    expect(neutraliseFormula(text)).toBe(expected);
  });

  it('writes RFC 4180 CSV that reads back to the public fields, with formulas made harmless', () => {
    const csv = publicProjectsToCsv([project], 'da');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const [heading, row] = parse(csv, { bom: true, delimiter: ';' }) as string[][];
    expect(heading).toHaveLength(15);
    expect(Object.fromEntries(heading!.map((h, i) => [h, row![i]]))).toEqual({
      'Nr.': "'@ref-1",
      Titel: `'=HYPERLINK("http://example.org","klik")`,
      Beskrivelse: 'Linje 1\nLinje 2, med komma',
      Projektejer: "'+45 1234 5678",
      'Ansvarligt udvalg': 'Beskæftigelses- og Integrationsudvalget',
      Forvaltning: '',
      Politikmål: 'mal-2, mal-6',
      Startdato: '2012-01-01',
      Slutdato: '2013-06-30',
      Budget: '500000',
      'Kommunal medfinansiering': '0',
      Finansieringskilde: "'-10 % af puljen",
      Målgruppe: 'Unge "på kanten"',
      Kontakt: '',
      Status: 'Perioden er slut, afventer beslutning',
    });
  });

  it('writes English headings and names for the English list', () => {
    const [heading, row] = parse(publicProjectsToCsv([project], 'en'), { bom: true }) as string[][];
    expect(heading!.slice(0, 5)).toEqual(['No.', 'Title', 'Description', 'Project owner', 'Responsible committee']);
    expect(row![4]).toBe('Employment and Integration Committee');
  });

  it('writes the Danish list as Danish Excel opens it: `;` between cells, a `;` or a formula in a title kept as quoted, harmless text', () => {
    const titles = ['=1+2', 'Sprog; job og bolig', '=HYPERLINK("http://example.org";"klik")'];
    const csv = publicProjectsToCsv(
      titles.map((title, i) => ({ ...project, id: i + 1, title })),
      'da',
    );
    const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toMatch(/^Nr\.;Titel;Beskrivelse;/);
    expect(lines[2]).toContain(';"Sprog; job og bolig";');
    // Read as a Danish spreadsheet reads it: split at `;`, every title one cell, none a formula.
    const rows = parse(csv, { bom: true, delimiter: ';' }) as string[][];
    expect(rows.slice(1).map((row) => row[1])).toEqual(["'=1+2", 'Sprog; job og bolig', `'=HYPERLINK("http://example.org";"klik")`]);
    expect(rows.every((row) => row.length === 15)).toBe(true);
  });

  it('writes the English list with commas, and still neutralises formulas', () => {
    const csv = publicProjectsToCsv([{ ...project, title: '=1+2, and more' }], 'en');
    const [heading, row] = parse(csv, { bom: true }) as string[][];
    expect(heading).toHaveLength(15);
    expect(row![1]).toBe("'=1+2, and more");
  });
});
