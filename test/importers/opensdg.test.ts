import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkMapping, openSdgMappingSchema } from '../../src/importers/mapping.js';
import type { OpenSdgMapping } from '../../src/importers/mapping.js';
import { openSdgIdFromFileName, readOpenSdgCsv } from '../../src/importers/opensdg-csv.js';
import { findOpenSdgMetaFile, readOpenSdgMetaFrom } from '../../src/importers/opensdg-meta.js';
import { collectEvents } from '../../src/importers/source-figure.js';
import { bytesOf } from '../imports/support/sources.js';

const UK = fileURLToPath(new URL('../fixtures/opensdg-uk/', import.meta.url));

function mapping(raw: unknown = {}): OpenSdgMapping {
  const result = checkMapping(openSdgMappingSchema, raw);
  if (!result.ok) throw new Error(result.problem.message);
  return result.mapping;
}

const read = (content: string, map: OpenSdgMapping = mapping()) => collectEvents(readOpenSdgCsv(bytesOf(content), '8-5-2', map));

const SAMPLE = [
  'Year,Series,Age,Sex,Observation status,Unit measure,GeoCode,Value',
  '2015 Q1,Seasonally adjusted,,,Normal value,Percentage (%),,5.5',
  '2015 Q1,Seasonally adjusted,16 to 24,Female,Provisional value,Percentage (%),,13.2',
  '2015 Q1,Seasonally adjusted,,Male,Estimated value,Percentage (%),E12000006,4.1',
  '2015 Q2,Seasonally adjusted,,,Normal value,Percentage (%),,',
  '"2015 Q2","Seasonally adjusted","16 to 24, in education",,Normal value,"Rate per 100,000",,7',
].join('\n');

describe('Open SDG data files', () => {
  it('names groups `Column: value` from the disaggregations, takes GeoCode as the area and leaves out gaps', async () => {
    const result = await read(SAMPLE);
    expect(result.problems).toEqual([]);
    expect(result.skipped).toBe(1);
    expect(result.figures.map((f) => [f.row, f.indicator, f.period, f.group, f.area, f.value, f.provisional, f.estimated])).toEqual([
      [2, '8-5-2', '2015 Q1', { code: 'Series: Seasonally adjusted', name: 'Series: Seasonally adjusted' }, null, 5.5, false, false],
      [
        3,
        '8-5-2',
        '2015 Q1',
        { code: 'Series: Seasonally adjusted; Age: 16 to 24; Sex: Female', name: 'Series: Seasonally adjusted; Age: 16 to 24; Sex: Female' },
        null,
        13.2,
        true,
        false,
      ],
      [
        4,
        '8-5-2',
        '2015 Q1',
        { code: 'Series: Seasonally adjusted; Sex: Male', name: 'Series: Seasonally adjusted; Sex: Male' },
        { code: 'E12000006', name: 'E12000006' },
        4.1,
        false,
        true,
      ],
      [
        6,
        '8-5-2',
        '2015 Q2',
        { code: 'Series: Seasonally adjusted; Age: 16 to 24, in education', name: 'Series: Seasonally adjusted; Age: 16 to 24, in education' },
        null,
        7,
        false,
        false,
      ],
    ]);
  });

  it('makes a row with every disaggregation blank the total', async () => {
    const result = await read('Year,Sex,Value\n2015,,5.5\n2015,Female,5.1\n');
    expect(result.figures.map((f) => f.group)).toEqual([
      { code: 'total', name: 'Total' },
      { code: 'Sex: Female', name: 'Sex: Female' },
    ]);
  });

  it('follows a mapping: columns left out, groups and areas to existing codes, Series choosing the indicator', async () => {
    const map = mapping({
      ignore: ['Unit measure'],
      series: { 'Seasonally adjusted': 'ledighed' },
      groups: { 'Age: 16 to 24; Sex: Female': 'unge-kvinder' },
      areas: { E12000006: 'east' },
      area: 'uk',
      total: 'i-alt',
    });
    const result = await read(SAMPLE, map);
    expect(result.figures.map((f) => [f.indicator, f.group?.code, f.group?.name, f.area?.code, f.area?.name])).toEqual([
      ['ledighed', 'i-alt', null, 'uk', null],
      ['ledighed', 'unge-kvinder', null, 'uk', null],
      ['ledighed', 'Sex: Male', 'Sex: Male', 'east', null],
      ['ledighed', 'Age: 16 to 24, in education', 'Age: 16 to 24, in education', 'uk', null],
    ]);
    const unmapped = await read('Year,Series,Value\n2015,Other,1\n', map);
    expect(unmapped.problems.map((p) => [p.row, p.column, p.code])).toEqual([[2, 'Series', 'unknown_indicator']]);
  });

  it('refuses a file that does not start with Year and end with Value', async () => {
    for (const header of ['Value,Year\n', 'Year,Sex\n', 'Year,Sex,Sex,Value\n']) {
      expect((await read(header)).problems.map((p) => p.code)).toEqual(['wrong_header']);
    }
  });

  it('reports values that are no number and a row without a year', async () => {
    const result = await read('Year,Value\n2015,n/a\n,3\n2016,NaN\n');
    expect(result.problems.map((p) => [p.row, p.column, p.code])).toEqual([
      [2, 'Value', 'not_a_number'],
      [3, 'Year', 'missing_value'],
      [4, 'Value', 'nan'],
    ]);
  });

  it('takes the indicator id from the file name', () => {
    expect(openSdgIdFromFileName('/data/indicator_8-5-2.csv')).toBe('8-5-2');
  });

  it('defines an indicator from the metadata front matter', async () => {
    const metaFile = await findOpenSdgMetaFile(`${UK}data/indicator_8-5-2.csv`, '8-5-2');
    expect(metaFile).toBe(`${UK}meta/8-5-2.md`);
    const draft = await readOpenSdgMetaFrom({ path: metaFile! }, '8-5-2', { goal: 'sdg', direction: 'decrease', frequency: undefined, area: undefined });
    expect(draft).toMatchObject({
      code: '8-5-2',
      titleDa: 'Unemployment rate (%)',
      unit: 'Percentage (%)',
      unitEn: 'Percentage (%)',
      direction: 'decrease',
      goalCode: 'sdg',
      frequency: null,
      sourceDa: 'Office for National Statistics (ONS)',
    });
    expect(draft!.descriptionDa).toMatch(/^The unemployment rate is a useful measure/);
    expect(draft!.descriptionDa).not.toMatch(/<p>/);
  });

  it('refuses a mapping with a field it does not know', () => {
    const result = checkMapping(openSdgMappingSchema, { indicator: 'x', colour: 'red' });
    expect(result).toMatchObject({ ok: false, problem: { code: 'invalid_mapping' } });
  });
});
