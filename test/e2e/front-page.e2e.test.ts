import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../support/databases.js';
import { launchChromium } from '../support/browser.js';
import { startDemoApp } from '../support/demo-app.js';
import type { DemoApp } from '../support/demo-app.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

describe.each(ENGINES)('the front page in Chromium, on %s', (engine) => {
  let demo: DemoApp;
  let origin: string;
  beforeAll(async () => {
    demo = await startDemoApp(engine);
    origin = await demo.app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(() => demo.close());

  it('shows the focus areas, goals and indicators, without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const response = await page.goto(`${origin}/`);
    expect(response?.status()).toBe(200);
    expect(await page.title()).toContain('Inklusionspolitik 2011-2014');
    await expect.poll(() => page.locator('.focus-area > h2').count()).toBe(4);
    expect(await page.locator('.goal-title').count()).toBe(8);
    expect(await page.locator('.indicator-title').count()).toBe(15);
    // Each focus area's goals and indicators are one click away, without JavaScript.
    expect(await page.locator('.indicator-title').first().isVisible()).toBe(false);
    for (const summary of await page.locator('.focus-area summary').all()) await summary.click();
    expect(await page.locator('.indicator-title').first().isVisible()).toBe(true);
    const safety = page.locator('li', { hasText: 'føler sig trygge i deres nabolag' });
    expect(await safety.locator('.status').innerText()).toContain('Fremgang');
    await context.close();
  });

  it('opens with the distribution and fits a few screens, folded by focus area (it was one 7,800 px list)', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${origin}/`);
    expect(await page.locator('.status-distribution').first().innerText()).toBe('5 af 14 i fremgang, 6 uændrede og 3 i tilbagegang; 1 uden data.');
    expect(await page.locator('.focus-area .status-distribution').count()).toBe(4);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    console.info(`front page at 1280 px: ${height} px high`);
    expect(height).toBeLessThan(3500);
    await page.close();
  });

  it('reaches the skip link first by keyboard and follows the language link', async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Gå til sidens indhold');
    await page.getByRole('link', { name: 'English' }).click();
    await page.waitForURL(`${origin}/en/`);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('h1').innerText()).toBe('Inclusion Policy 2011-2014');
    await page.close();
  });
});
