// The downloads beside every indicator page: CSV in the page's language,
// JSON (the API's document) and JSON-stat 2.0, on both engines.
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IndicatorDataSchema } from '../../src/views/open-data/schemas.js';
import { ENGINES } from '../support/databases.js';
import { CURRENT, startPublicApp } from './public-app.js';
import type { PublicApp } from './public-app.js';

describe.each(ENGINES)('indicator downloads on %s', (engine) => {
  let site: PublicApp;
  beforeAll(async () => {
    site = await startPublicApp(engine);
  });
  afterAll(() => site.close());
  const get = (url: string) => site.app.inject({ method: 'GET', url });

  it('writes Danish CSV with a Danish header, semicolons and decimal commas, gap rows included', async () => {
    const response = await get(`/politikker/${CURRENT}/indikatorer/overledighed/data.csv`);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toBe('attachment; filename="overledighed.csv"');
    expect(response.body.startsWith('\uFEFF')).toBe(true);
    const rows = parse(response.body, { delimiter: ';', bom: true }) as string[][];
    expect(rows[0]).toEqual(['Indikator', 'Titel', 'Periode', 'Gruppe', 'Værdi', 'Enhed', 'Foreløbigt', 'Skønnet']);
    expect(rows).toContainEqual(['overledighed', 'Overledighed for borgere med etnisk minoritetsbaggrund', '2010', 'Etnisk minoritetsbaggrund', '9,8', 'procent', 'nej', 'nej']);
    // The groups' unemployment rates are in percent; only the gap between them is in percentage points.
    expect(rows).toContainEqual(['overledighed', 'Overledighed for borgere med etnisk minoritetsbaggrund', '2010', 'Forskel', '6,3', 'procentpoint', 'nej', 'nej']);
    expect(rows.filter((row) => row[3] === 'Forskel').map((row) => row[4])).toHaveLength(3);
    // The gap is computed exactly: `6,3`, never `6,300000000000001`.
    for (const row of rows.filter((r) => r[3] === 'Forskel')) expect(row[4]).toMatch(/^-?\d+(,\d)?$/);
    expect(rows).toHaveLength(1 + 3 + 3 + 3);
  });

  it('writes English CSV with an English header, commas and decimal points', async () => {
    const body = (await get(`/en/policies/${CURRENT}/indicators/beskaeftigelsesfrekvens/data.csv`)).body;
    const rows = parse(body, { bom: true }) as string[][];
    expect(rows[0]).toEqual(['Indicator', 'Title', 'Period', 'Group', 'Value', 'Unit', 'Provisional', 'Estimated']);
    expect(rows).toContainEqual(['beskaeftigelsesfrekvens', 'Employment rate of 16-64-year-olds with an ethnic-minority background', '2011', 'Ethnic-minority background', '52.1', '%', 'no', 'no']);
  });

  it('writes the JSON document the API describes, with status, series and revisions', async () => {
    const data = IndicatorDataSchema.parse((await get(`/politikker/${CURRENT}/indikatorer/beskaeftigelsesfrekvens/data.json`)).json());
    expect(data.status).toMatchObject({ status: 'unchanged', colour: 'yellow', method: 'direction', label: { da: 'Uændret', en: 'Unchanged' } });
    expect(data.revisions).toEqual([expect.objectContaining({ period: '2011', group: 'etnisk-minoritet', oldValue: 52, newValue: 52.1 })]);
    expect(data.series.groups[0]!.observations.map((o) => o.value)).toEqual([52.3, 52.1, 52.4]);
  });

  it('writes a JSON-stat 2.0 dataset with one value per group and period, labelled in the language', async () => {
    const dataset = (await get(`/en/policies/${CURRENT}/indicators/karakterforskel/data.jsonstat.json`)).json() as {
      version: string;
      class: string;
      id: string[];
      size: number[];
      value: (number | null)[];
      role: { time: string[] };
      dimension: { group: { category: { index: string[]; label: Record<string, string> } }; period: { category: { index: string[] } } };
    };
    expect(dataset).toMatchObject({ version: '2.0', class: 'dataset', id: ['indicator', 'group', 'period'], size: [1, 3, 3], role: { time: ['period'] } });
    expect(dataset.value).toHaveLength(9);
    expect(dataset.dimension.group.category.index).toEqual(['tosprogede', 'etsprogede', 'gap']);
    expect(dataset.dimension.group.category.label.gap).toBe('Gap');
    expect(dataset.dimension.period.category.index).toEqual(['2010', '2011', '2012']);
    // Row-major: the third group (the gap) in 2012 is bilingual 5.8 minus monolingual 7.1.
    expect(dataset.value[8]).toBeCloseTo(-1.3, 9);
  });
});
