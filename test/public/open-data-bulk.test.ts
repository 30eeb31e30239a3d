// The open-data page states the licence (CC BY 4.0, the municipality as the
// source) and offers every published figure of the policy in force in one
// file, as CSV in the reader's convention and as JSON, on both engines.
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../support/databases.js';
import { CURRENT, fetchPage, startPublicApp, textOf } from './public-app.js';
import type { PublicApp } from './public-app.js';

describe.each(ENGINES)('open data on %s', (engine) => {
  let site: PublicApp;
  beforeAll(async () => {
    site = await startPublicApp(engine);
  });
  afterAll(() => site.close());

  it('states the licence and the source, and links the bulk downloads', async () => {
    const da = await fetchPage(site.app, '/aabne-data/');
    expect(textOf(da)).toContain('Creative Commons Navngivelse 4.0 (CC BY 4.0)');
    expect(textOf(da)).toMatch(/kilden som „[^“]*Københavns Kommune[^“]*“/);
    expect(da).toContain('href="https://creativecommons.org/licenses/by/4.0/" rel="license"');
    expect(da).toContain('href="/aabne-data/alle-tal.csv"');
    expect(da).toContain('href="/aabne-data/alle-tal.json"');
    const en = await fetchPage(site.app, '/en/open-data/');
    expect(textOf(en)).toContain('Creative Commons Attribution 4.0 licence (CC BY 4.0)');
    expect(en).toContain('href="/en/open-data/all-figures.csv"');
  });

  it('downloads every figure as CSV with semicolons and decimal commas in Danish, commas and points in English', async () => {
    const response = await site.app.inject({ method: 'GET', url: '/aabne-data/alle-tal.csv' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toBe(`attachment; filename="${CURRENT}.csv"`);
    const rows = parse(response.body.replace(/^\uFEFF/, ''), { delimiter: ';' }) as string[][];
    expect(rows[0]).toEqual(['Indikator', 'Titel', 'Periode', 'Gruppe', 'Værdi', 'Enhed', 'Foreløbigt', 'Skønnet']);
    expect(new Set(rows.slice(1).map((r) => r[0])).size).toBe(15);
    const perIndicator = parse((await fetchPage(site.app, `/politikker/${CURRENT}/indikatorer/tryghed/data.csv`)).replace(/^\uFEFF/, ''), { delimiter: ';' }) as string[][];
    expect(rows.filter((r) => r[0] === 'tryghed')).toEqual(perIndicator.slice(1));
    expect(rows.some((r) => /^\d+,\d+$/.test(r[4]!))).toBe(true);
    const en = parse((await fetchPage(site.app, '/en/open-data/all-figures.csv')).replace(/^\uFEFF/, ''), { delimiter: ',' }) as string[][];
    expect(en[0]![0]).toBe('Indicator');
    expect(en.length).toBe(rows.length);
  });

  it('downloads every figure as JSON with the licence, each indicator as its own data.json', async () => {
    const all = JSON.parse(await fetchPage(site.app, '/aabne-data/alle-tal.json')) as { policy: { code: string }; licence: { name: string }; source: string; indicators: unknown[] };
    expect(all.policy.code).toBe(CURRENT);
    expect(all.licence.name).toBe('CC BY 4.0');
    expect(all.source).toContain('Københavns Kommune');
    expect(all.indicators).toHaveLength(15);
    const one = JSON.parse(await fetchPage(site.app, `/politikker/${CURRENT}/indikatorer/tryghed/data.json`)) as unknown;
    expect(all.indicators).toContainEqual(one);
  });
});
