// The embed code on every indicator page, checked in Chromium: it names the
// card by its full address (SITE_URL), and at the size it suggests the whole
// card shows, the link to the indicator and the demo notice included.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getConfig } from '../../src/config/env.js';
import { launchChromium } from '../support/browser.js';
import { CURRENT, fetchPage, startPublicApp } from '../public/public-app.js';
import type { PublicApp } from '../public/public-app.js';

let browser: Browser;
let site: PublicApp;
let origin: string;
beforeAll(async () => {
  [browser, site] = await Promise.all([launchChromium(), startPublicApp('sqlite')]);
  origin = await site.app.listen({ port: 0, host: '127.0.0.1' });
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

const unescape = (html: string) =>
  html
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

describe('the embed code', () => {
  it('fits every card of the policy, in both languages, at the size it suggests', async () => {
    const api = JSON.parse(await fetchPage(site.app, `/api/v1/policies/${CURRENT}/indicators`)) as { data?: { code: string }[] } | { code: string }[];
    const codes = (Array.isArray(api) ? api : (api.data ?? [])).map((i) => i.code);
    expect(codes.length).toBe(15);
    const page = await browser.newPage();
    const overflowing: string[] = [];
    const heights: number[] = [];
    for (const lang of ['da', 'en'] as const) {
      for (const code of codes) {
        const path = lang === 'da' ? `/politikker/${CURRENT}/indikatorer/${code}/` : `/en/policies/${CURRENT}/indicators/${code}/`;
        const snippet = unescape(/<pre class="embed-code"><code>([^<]*)<\/code>/.exec(await fetchPage(site.app, path))![1]!);
        const [, src, width, height] = /src="([^"]+)"[^>]* width="(\d+)" height="(\d+)"/.exec(snippet)!;
        expect(src).toBe(`${getConfig().baseUrl}/embed/${lang}/${CURRENT}/${code}/`);
        await page.setViewportSize({ width: Number(width), height: Number(height) });
        await page.goto(origin + new URL(src!).pathname);
        // The card's own height, not the document's (which is at least the frame's).
        const used = await page.evaluate(() => Math.ceil(document.querySelector('.card')!.getBoundingClientRect().bottom));
        heights.push(used);
        const scrolls = await page.evaluate(() => document.documentElement.scrollHeight > window.innerHeight);
        if (used > Number(height) || scrolls) overflowing.push(`${lang}/${code}: ${used} px > ${height}`);
        expect(await page.getByRole('link').last().isVisible()).toBe(true);
      }
    }
    console.info(`embedded cards at 400 px: ${Math.min(...heights)}–${Math.max(...heights)} px high`);
    await page.close();
    expect(overflowing).toEqual([]);
  }, 120_000);
});
