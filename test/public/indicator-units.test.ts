// Units in the reader's language, and a gap indicator's group figures in
// their own unit: excess unemployment (overledighed) is a gap in
// percentage points between two unemployment rates in percent. Every reader
// of the figures says so: the pages, the chart's legend, the table, the
// downloads and the open-data API. On both engines, over the demo data.
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IndicatorDataSchema, IndicatorSchema, SeriesSchema } from '../../src/views/open-data/schemas.js';
import { ENGINES } from '../support/databases.js';
import { CURRENT, fetchPage, startPublicApp, textOf } from './public-app.js';
import type { PublicApp } from './public-app.js';

describe.each(ENGINES)('indicator units on %s', (engine) => {
  let site: PublicApp;
  const get = (url: string) => fetchPage(site.app, url);
  beforeAll(async () => {
    site = await startPublicApp(engine);
  });
  afterAll(() => site.close());

  it('gives the English page of a gap indicator the gap in percentage points and the groups in percent, and no Danish unit', async () => {
    const html = await get(`/en/policies/${CURRENT}/indicators/overledighed/`);
    const text = textOf(html);
    expect(text).toContain('Latest gap 6.2 percentage points (2012)');
    expect(text).toContain("Unit of the groups' figures percent");
    expect(text).toContain('Unit of the gap percentage points');
    expect(text).toContain("The groups' figures in percent, the gap in percentage points.");
    expect(text).toContain("The groups' figures in percent and the gap in percentage points, period by period");
    // The table's and the legend's names carry the units, since groups and gap share one axis.
    expect(text).toMatch(/Period Ethnic-minority background \(percent\) Danish origin \(percent\) Gap \(percentage points\) 2010/);
    expect(html).toMatch(/<ul class="chart-legend">.*Ethnic-minority background \(percent\)<\/li>.*Gap \(percentage points\)<\/li>/s);
    expect(text).toContain('the tolerance of 0.2 percentage points');
    expect(html).not.toMatch(/procentpoint|karakterpoint/);
  });

  it('gives the Danish page the Danish units', async () => {
    const text = textOf(await get(`/politikker/${CURRENT}/indikatorer/overledighed/`));
    expect(text).toContain('Seneste forskel 6,2 procentpoint (2012)');
    expect(text).toContain('Gruppernes enhed procent');
    expect(text).toContain('Forskellens enhed procentpoint');
    expect(text).toContain('Gruppernes tal i procent, forskellen i procentpoint.');
    expect(text).toMatch(/Periode Etnisk minoritetsbaggrund \(procent\) Dansk oprindelse \(procent\) Forskel \(procentpoint\) 2010/);
    expect(text).not.toMatch(/percentage|percent\b/);
  });

  it('writes a grade gap in grade points on English pages and lists, and leaves one-unit indicators as they were', async () => {
    const grades = textOf(await get(`/en/policies/${CURRENT}/indicators/karakterforskel/`));
    expect(grades).toContain('Unit of the gap grade points');
    expect(grades).toContain("Unit of the groups' figures grade average");
    expect(grades).not.toMatch(/karakterpoint|karaktergennemsnit/);
    const policy = textOf(await get(`/en/policies/${CURRENT}/`));
    expect(policy).toMatch(/Latest gap: 6\.2 percentage points \(2012\)/);
    expect(policy).not.toMatch(/procentpoint|karakterpoint/);
    const share = textOf(await get(`/en/policies/${CURRENT}/indicators/beskaeftigelsesfrekvens/`));
    expect(share).toContain('Unit %');
    expect(share).toContain('Figures in percent.');
    expect(share).not.toContain("Unit of the groups' figures");
  });

  it('puts each figure of the CSV in its own unit, in the language', async () => {
    const english = parse((await site.app.inject(`/en/policies/${CURRENT}/indicators/overledighed/data.csv`)).body, { bom: true }) as string[][];
    expect(english).toContainEqual(['overledighed', 'Excess unemployment among residents with an ethnic-minority background', '2010', 'Ethnic-minority background', '9.8', 'percent', 'no', 'no']);
    expect(english).toContainEqual(['overledighed', 'Excess unemployment among residents with an ethnic-minority background', '2010', 'Gap', '6.3', 'percentage points', 'no', 'no']);
    const danish = parse((await site.app.inject(`/politikker/${CURRENT}/indikatorer/overledighed/data.csv`)).body, { bom: true, delimiter: ';' }) as string[][];
    expect(danish.filter((row) => row[3] === 'Forskel').map((row) => row[5])).toEqual(['procentpoint', 'procentpoint', 'procentpoint']);
    expect(danish.filter((row) => row[3] === 'Dansk oprindelse').map((row) => row[5])).toEqual(['procent', 'procent', 'procent']);
  });

  it('labels JSON-stat with the headline unit and notes each group category with its own', async () => {
    const dataset = (await site.app.inject(`/en/policies/${CURRENT}/indicators/overledighed/data.jsonstat.json`)).json() as {
      dimension: {
        indicator: { category: { unit: Record<string, { label: string; decimals: number }> } };
        group: { category: { note: Record<string, string[]> } };
      };
      extension: { units: { headline: string; groups: string } };
    };
    expect(dataset.dimension.indicator.category.unit.overledighed).toEqual({ label: 'percentage points', decimals: 1 });
    expect(dataset.dimension.group.category.note).toEqual({
      'etnisk-minoritet': ['Unit: percent'],
      'dansk-oprindelse': ['Unit: percent'],
      gap: ['Unit: percentage points'],
    });
    expect(dataset.extension.units).toEqual({ headline: 'percentage points', groups: 'percent' });
    const danish = (await site.app.inject(`/politikker/${CURRENT}/indikatorer/overledighed/data.jsonstat.json`)).json() as typeof dataset;
    expect(danish.dimension.indicator.category.unit.overledighed!.label).toBe('procentpoint');
  });

  it('keeps `unit` in the API as the Danish headline unit and adds both languages and the groups’ unit', async () => {
    const { indicator } = IndicatorDataSchema.parse((await site.app.inject(`/api/v1/policies/${CURRENT}/indicators/overledighed`)).json());
    expect(indicator.unit).toBe('procentpoint');
    expect(indicator.units).toEqual({ headline: { da: 'procentpoint', en: 'percentage points' }, groups: { da: 'procent', en: 'percent' } });
    const series = SeriesSchema.parse((await site.app.inject(`/api/v1/policies/${CURRENT}/indicators/overledighed/series`)).json());
    expect(series.units).toEqual(indicator.units);
    const list = IndicatorSchema.array().parse((await site.app.inject(`/api/v1/policies/${CURRENT}/indicators`)).json());
    expect(list.find((i) => i.code === 'overledighed')?.units).toEqual(indicator.units);
    const share = list.find((i) => i.code === 'beskaeftigelsesfrekvens')!;
    expect(share.units).toEqual({ headline: { da: '%', en: '%' }, groups: { da: '%', en: '%' } });

    const openapi = (await site.app.inject('/api/v1/openapi.json')).json() as { components: { schemas: Record<string, { description?: string; properties?: Record<string, { description?: string }> }> } };
    expect(openapi.components.schemas.Units?.description).toMatch(/in Danish and, where written, English/);
    expect(openapi.components.schemas.Indicator?.properties?.unit?.description).toMatch(/in Danish/);
  });
});
