// `barometer export-site DIR`: the whole public site as static files whose
// links all work from the folder, on both engines.
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportSiteCommand } from '../../src/cli/commands/export-site.js';
import { CommandError } from '../../src/cli/output.js';
import { exportPublicSite } from '../../src/http/routes/public/static-export/export-public-site.js';
import { relativeLink, relativizeHtml } from '../../src/http/routes/public/static-export/relative-links.js';
import { ENGINES } from '../support/databases.js';
import { CURRENT, fetchPage, startPublicApp } from './public-app.js';
import type { PublicApp } from './public-app.js';

describe.each(ENGINES)('the static export on %s', (engine) => {
  let site: PublicApp;
  let dir: string;
  let result: { files: number; bytes: number };
  beforeAll(async () => {
    site = await startPublicApp(engine);
    dir = mkdtempSync(join(tmpdir(), 'barometer-export-'));
    result = await exportPublicSite(site.database.db, dir, { apiOrigin: 'https://barometer.kk.test' });
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await site.close();
  });

  it('writes every page in both languages, the downloads, the cards and the assets', () => {
    for (const file of [
      'index.html',
      'en/index.html',
      `politikker/${CURRENT}/indikatorer/tryghed/index.html`,
      `politikker/${CURRENT}/indikatorer/tryghed/data.csv`,
      `en/policies/${CURRENT}/indicators/tryghed/data.jsonstat.json`,
      `embed/en/${CURRENT}/tryghed/index.html`,
      'politikker/integrationspolitik-2007-2010/index.html',
      'arkiv/index.html',
      'en/methodology/index.html',
      'assets/fonts/ibm-plex-sans-latin-400-normal.woff2',
      'assets/img/svg-icons/check.svg',
      'favicon.ico',
      'favicon.svg',
      // The project bank's addresses have no trailing slash: its pages are written as .html files.
      'projekter.html',
      'en/projects.html',
      'projekter.csv',
      // Every figure of the policy in force, beside the open-data page.
      'aabne-data/alle-tal.csv',
      'en/open-data/all-figures.json',
    ]) {
      expect(existsSync(join(dir, file)), file).toBe(true);
    }
    expect(result.files).toBeGreaterThan(300);
  });

  it('makes every link relative, and every one leads to a file that exists', () => {
    const pages = readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
      .map((entry) => join(entry.parentPath, entry.name));
    const dead: string[] = [];
    for (const page of pages) {
      const html = readFileSync(page, 'utf8');
      // A query (the project bank's filters) names no other file.
      for (const [, link] of html.matchAll(/\b(?:href|src|action)="([^"#?]+)[^"]*"/g)) {
        expect(link, `${relative(dir, page)} links to ${link}`).not.toMatch(/^\/api\//);
        if (/^(mailto:|https?:)/.test(link!)) continue;
        expect(link, `${relative(dir, page)} links to ${link}`).not.toMatch(/^\//);
        if (!existsSync(resolve(dirname(page), decodeURIComponent(link!)))) dead.push(`${relative(dir, page)} → ${link}`);
      }
    }
    expect(dead).toEqual([]);
  });

  it('writes the pages exactly as the server sends them, apart from the links', async () => {
    const path = `/en/policies/${CURRENT}/goals/mal-1/`;
    const served = await fetchPage(site.app, path);
    expect(readFileSync(join(dir, path, 'index.html'), 'utf8')).toBe(relativizeHtml(served, path, 'https://barometer.kk.test'));
  });

  it('links the open-data page to the live API at the site address', () => {
    const page = readFileSync(join(dir, 'en', 'open-data', 'index.html'), 'utf8');
    expect(page).toContain('href="https://barometer.kk.test/api/v1/openapi.json"');
  });
});

describe('links in an exported page', () => {
  it('are relative to the page, with index.html for folders, keeping fragments', () => {
    expect(relativeLink('/en/policies/p/indicators/i/', '/en/')).toBe('../../../../index.html');
    expect(relativeLink('/en/policies/p/indicators/i/', '/en/policies/p/indicators/i/data.csv')).toBe('data.csv');
    expect(relativeLink('/metode/', '/metode/#method-direction')).toBe('index.html#method-direction');
    expect(relativeLink('/', '/assets/site-abc.css')).toBe('assets/site-abc.css');
    expect(relativeLink('/politikker/p/maal/g/', '/projekter?goal=g')).toBe('../../../../projekter.html?goal=g');
    expect(relativeLink('/projekter', '/projekter/3')).toBe('projekter/3.html');
    expect(relativizeHtml('<form method="get" action="/en/projects">', '/en/')).toBe('<form method="get" action="projects.html">');
    expect(relativizeHtml('<a href="/api/v1/policies">api</a><a href="https://x.dk/">x</a>', '/')).toBe('<a href="/api/v1/policies">api</a><a href="https://x.dk/">x</a>');
    expect(relativizeHtml('<a href="/api/v1/policies">api</a>', '/en/', 'https://b.dk')).toBe('<a href="https://b.dk/api/v1/policies">api</a>');
  });

  it('need a folder to be written to', async () => {
    await expect(exportSiteCommand({}, { info: () => undefined, error: () => undefined })).rejects.toThrow(CommandError);
  });
});
