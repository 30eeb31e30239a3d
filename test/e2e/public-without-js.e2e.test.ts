// The public site in real Chromium with JavaScript off: every kind of page
// shows its content and data tables; the front page stays within its
// transfer budget (100 KB compressed, fonts excluded; no JavaScript at all);
// and hostile text in the data is shown as text, never run.
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser.js';
import { HOSTILE, insertHostileText } from '../public/hostile-data.js';
import { CURRENT, startPublicApp } from '../public/public-app.js';
import type { PublicApp } from '../public/public-app.js';
import { PAGE_TYPES } from './public-pages.js';

let browser: Browser;
let site: PublicApp;
let origin: string;
let noScript: BrowserContext;
beforeAll(async () => {
  [browser, site] = await Promise.all([launchChromium(), startPublicApp('sqlite')]);
  origin = await site.app.listen({ port: 0, host: '127.0.0.1' });
  noScript = await browser.newContext({ javaScriptEnabled: false });
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('the public site without JavaScript', () => {
  it('shows every kind of page with its heading, content and data tables', async () => {
    const page = await noScript.newPage();
    const missing: string[] = [];
    for (const type of PAGE_TYPES) {
      for (const path of [type.da, type.en]) {
        await page.goto(origin + path);
        if (!(await page.locator('h1').first().isVisible())) missing.push(`${path}: no heading`);
        const minimum = type.name === 'page not found' ? 80 : 200;
        if ((await page.locator('main').innerText()).length < minimum) missing.push(`${path}: almost no content`);
        if (type.table && !(await page.locator('table tbody tr').first().isVisible())) missing.push(`${path}: no data table`);
      }
    }
    await page.close();
    expect(missing).toEqual([]);
  }, 120_000);

  it('shows the indicator chart, drawn on the server, and its figures in the table', async () => {
    const page = await noScript.newPage();
    await page.goto(`${origin}/politikker/${CURRENT}/indikatorer/overledighed/`);
    expect(await page.locator('.chart svg path').count()).toBeGreaterThan(10);
    expect(await page.locator('.figure-table tbody tr').allInnerTexts()).toEqual([
      '2010 (startmåling)\t9,8\t3,5\t6,3',
      '2011\t9,9\t3,5\t6,4',
      '2012\t9,6\t3,4\t6,2',
    ]);
    await page.close();
  });

  it('keeps the front page within 100 KB compressed, fonts excluded, with no JavaScript', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const sizes: { type: string; url: string; bytes: number }[] = [];
    page.on('requestfinished', async (request) => {
      // Body as transferred (compressed) plus headers.
      const transferred = await request.sizes();
      sizes.push({ type: request.resourceType(), url: request.url(), bytes: transferred.responseBodySize + transferred.responseHeadersSize });
    });
    await page.goto(`${origin}/`, { waitUntil: 'networkidle' });
    const counted = sizes.filter((s) => s.type !== 'font');
    const total = counted.reduce((sum, s) => sum + s.bytes, 0);
    // Besides the page and its stylesheet, only icons: the site's, and dkfds' chevron on the
    // focus areas' <details> (all counted in the total).
    const isIcon = (url: string) => /^\/(favicon\.(ico|svg)$|assets\/img\/)/.test(new URL(url).pathname);
    expect(
      counted
        .filter((s) => !isIcon(s.url))
        .map((s) => s.type)
        .sort(),
    ).toEqual(['document', 'stylesheet']);
    expect(sizes.filter((s) => s.type === 'script')).toEqual([]);
    expect(total).toBeLessThan(100 * 1024);
    await context.close();
  });
});

describe('hostile text in the browser', () => {
  it('is shown as text on pages and cards, and never runs', async () => {
    await insertHostileText(site.database.db);
    const page = await browser.newPage();
    const dialogs: string[] = [];
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    for (const path of [
      '/',
      `/en/policies/${CURRENT}/indicators/karakterforskel/`,
      `/embed/da/${CURRENT}/tryghed/`,
      `/politikker/${CURRENT}/offentliggoerelser/5/`,
    ]) {
      await page.goto(origin + path);
      expect(await page.locator('h1').first().innerText()).toMatch(
        /^(Dansk|English) <script>alert\("x"\)<\/script> "quoted" & 'single' <img src=x onerror=alert\(1\)>$/,
      );
      expect(await page.locator('img').count()).toBe(0);
    }
    // In the chart's legend, a hostile group name shows as the letters it is made of.
    await page.goto(`${origin}/politikker/${CURRENT}/indikatorer/karakterforskel/`);
    expect(await page.locator('.chart-legend li', { hasText: '=HYPERLINK("http://evil.example") <b>&amp;</b>' }).count()).toBeGreaterThan(0);
    expect(await page.locator('.chart-figure b').count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(HOSTILE).toContain('<script>');
    await page.close();
  });
});
