// The public site in real Chromium: no WCAG 2.1 A or AA violation that axe
// can find on any kind of page in either language, every link and control
// reachable by keyboard with a visible focus, nothing wider than a 320 px
// screen, and a print stylesheet that leaves out the navigation.
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser.js';
import { startPublicApp } from '../public/public-app.js';
import type { PublicApp } from '../public/public-app.js';
import { PAGE_TYPES } from './public-pages.js';

let browser: Browser;
let site: PublicApp;
let origin: string;
let page: Page;
beforeAll(async () => {
  [browser, site] = await Promise.all([launchChromium(), startPublicApp('sqlite')]);
  origin = await site.app.listen({ port: 0, host: '127.0.0.1' });
  // axe needs a page from a context of its own.
  page = await (await browser.newContext()).newPage();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

const ALL_PAGES = PAGE_TYPES.flatMap((type) => [
  { name: `${type.name} (da)`, path: type.da },
  { name: `${type.name} (en)`, path: type.en },
]);

/** What the focused element shows: an outline or a ring at least 2 px wide. */
function focusIsVisible(): { tag: string; text: string; visible: boolean } | null {
  const element = document.activeElement as HTMLElement | null;
  if (!element || element === document.body) return null;
  const style = getComputedStyle(element);
  const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
  const ring = style.boxShadow !== 'none';
  return { tag: element.tagName, text: (element.textContent ?? '').trim().slice(0, 40), visible: outline || ring };
}

describe('the public site in Chromium', () => {
  it.each(['da', 'en'])(
    'has no WCAG 2.1 A or AA violation on any kind of page, in %s',
    async (lang) => {
      const found: string[] = [];
      for (const { name, path } of ALL_PAGES.filter((p) => p.name.endsWith(`(${lang})`))) {
        await page.goto(origin + path);
        const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
        for (const violation of result.violations) found.push(`${name}: ${violation.id} (${violation.nodes.map((n) => n.target.join(' ')).join(', ')})`);
      }
      expect(found).toEqual([]);
    },
    120_000,
  );

  it('reaches every link and control by keyboard, in order, each with a visible focus', async () => {
    const problems: string[] = [];
    for (const { name, path } of ALL_PAGES.filter((p) => p.name.endsWith('(da)') || p.name.startsWith('front'))) {
      await page.goto(origin + path);
      const focusable = await page.$$eval(
        'a[href], button, input, select, textarea, summary, [tabindex="0"]',
        (elements) =>
          elements
            // What a closed <details> holds (the front page's goals) is a click away, not a Tab away.
            .filter((e) => !e.closest('details:not([open]) > :not(summary)'))
            .filter((e) => (e as HTMLElement).offsetParent !== null || getComputedStyle(e).position === 'fixed' || e.classList.contains('skipnav')).length,
      );
      let reached = 0;
      for (let i = 0; i < focusable; i++) {
        await page.keyboard.press('Tab');
        const focus = await page.evaluate(focusIsVisible);
        if (!focus) break;
        reached += 1;
        if (!focus.visible) problems.push(`${name}: no visible focus on ${focus.tag} "${focus.text}"`);
      }
      if (reached !== focusable) problems.push(`${name}: reached ${reached} of ${focusable} by Tab`);
    }
    expect(problems).toEqual([]);
  }, 120_000);

  it('starts with a skip link to the content', async () => {
    await page.goto(`${origin}/en/`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to the content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main-content');
  });

  it('fits a 320 px wide screen without sideways scrolling', async () => {
    const narrow = await (await browser.newContext({ viewport: { width: 320, height: 640 } })).newPage();
    const tooWide: string[] = [];
    for (const { name, path } of ALL_PAGES.filter((p) => p.name.endsWith('(da)'))) {
      await narrow.goto(origin + path);
      // dkfds hides the body's sideways overflow, so look for anything reaching past the edge
      // (tables scroll inside their own region, which is allowed).
      const outside = await narrow.evaluate(() =>
        Array.from(document.querySelectorAll('body *'))
          .filter((e) => !e.closest('.table--responsive-scroll') && e.getBoundingClientRect().right > window.innerWidth + 1)
          .map((e) => `${e.tagName.toLowerCase()}.${e.className}`),
      );
      if (outside.length > 0) tooWide.push(`${name}: ${outside.slice(0, 3).join(', ')}`);
    }
    await narrow.close();
    expect(tooWide).toEqual([]);
  });

  it('prints the content and the figures without the navigation', async () => {
    const indicator = PAGE_TYPES.find((p) => p.name === 'indicator')!;
    await page.goto(origin + indicator.da);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-nav').isVisible()).toBe(false);
    expect(await page.locator('.figure-table').isVisible()).toBe(true);
    // Print takes the wide drawing of the chart, whatever the screen's width (barometer.css).
    expect(await page.locator('.chart .chart-wide svg').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
  });
});
