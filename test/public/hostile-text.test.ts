// Hostile text in every title and description is shown as text everywhere:
// in every page of both languages (including the chart's SVG), in the
// embeddable cards, the CSV, JSON and JSON-stat downloads, and the API.
// The pages are found the way the static export finds them, by following
// every link. On both engines.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportPublicSite } from '../../src/http/routes/public/static-export/export-public-site.js';
import { ENGINES } from '../support/databases.js';
import { HOSTILE, HOSTILE_FORMULA, insertHostileText } from './hostile-data.js';
import { CURRENT, startPublicApp } from './public-app.js';
import type { PublicApp } from './public-app.js';

/** HOSTILE as Preact writes it in text and attributes: `<`, `&` and `"` escaped, which is all HTML needs. */
const ESCAPED = `&lt;script>alert(&quot;x&quot;)&lt;/script> &quot;quoted&quot; &amp; 'single' &lt;img src=x onerror=alert(1)>`;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

describe.each(ENGINES)('hostile text on %s', (engine) => {
  let site: PublicApp;
  let dir: string;
  let files: string[];
  beforeAll(async () => {
    site = await startPublicApp(engine);
    await insertHostileText(site.database.db);
    dir = mkdtempSync(join(tmpdir(), 'barometer-hostile-'));
    await exportPublicSite(site.database.db, dir);
    files = filesUnder(dir);
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await site.close();
  });

  it('is escaped in every page, chart and card, and never becomes markup', () => {
    const pages = files.filter((file) => file.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(100);
    // A tag or an attribute broken out of would need a raw `<` or `"` from the text.
    const unsafe = pages.filter((file) => /<script|<img|<b>|"quoted"/i.test(readFileSync(file, 'utf8')));
    expect(unsafe).toEqual([]);
    const indicator = readFileSync(join(dir, 'politikker', CURRENT, 'indikatorer', 'karakterforskel', 'index.html'), 'utf8');
    expect(indicator).toContain(`<h1>Dansk ${ESCAPED}</h1>`);
    expect(indicator).toContain(`aria-label="Diagram over udviklingen i Dansk ${ESCAPED}.`);
    // The group names are in the chart's legend (HTML), never inside the SVG.
    expect(/<ul class="chart-legend">.*?<\/ul>/.exec(indicator)![0]).toContain('=HYPERLINK(&quot;http://evil.example&quot;) &lt;b>&amp;amp;&lt;/b>');
    const svgs = [...indicator.matchAll(/<svg[\s\S]*?<\/svg>/g)].map((m) => m[0]);
    expect(svgs.length).toBeGreaterThan(1);
    expect(svgs.filter((svg) => svg.includes('HYPERLINK'))).toEqual([]);
    const card = readFileSync(join(dir, 'embed', 'en', CURRENT, 'tryghed', 'index.html'), 'utf8');
    expect(card).toContain(`<h1>English ${ESCAPED}</h1>`);
  });

  it('comes back unchanged from the CSV, with a formula kept as text', () => {
    const csv = readFileSync(join(dir, 'en', 'policies', CURRENT, 'indicators', 'overledighed', 'data.csv'), 'utf8');
    const rows = parse(csv, { bom: true }) as string[][];
    expect(rows[1]![1]).toBe(`English ${HOSTILE}`);
    expect(rows[1]![3]).toBe(`'${HOSTILE_FORMULA}`);
  });

  it('comes back unchanged from the JSON, the JSON-stat and the API', async () => {
    const data = JSON.parse(readFileSync(join(dir, 'politikker', CURRENT, 'indikatorer', 'overledighed', 'data.json'), 'utf8'));
    expect(data.indicator.title).toEqual({ da: `Dansk ${HOSTILE}`, en: `English ${HOSTILE}` });
    expect(data.series.groups[0].group.name.da).toBe(HOSTILE_FORMULA);
    const stat = JSON.parse(readFileSync(join(dir, 'en', 'policies', CURRENT, 'indicators', 'overledighed', 'data.jsonstat.json'), 'utf8'));
    expect(stat.label).toBe(`English ${HOSTILE}`);
    const api = (await site.app.inject({ url: `/api/v1/policies/${CURRENT}/releases` })).json();
    expect(api[0].title.da).toBe(`Dansk ${HOSTILE}`);
    expect(api[0].missing[0].reason.en).toBe(`English ${HOSTILE}`);
  });
});
