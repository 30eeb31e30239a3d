// A goal page with the action plans' initiatives that serve it (the demo
// plans loaded, as `barometer demo` loads them), in real Chromium: no WCAG
// 2.1 A or AA violation axe can find, in either language, and nothing wider
// than a 320 px screen.
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser.js';
import type { TestDatabase } from '../support/databases.js';
import { createProjectDemoDatabase } from '../projects/support/project-demo-database.js';
import { CURRENT, buildPublicApp } from '../public/public-app.js';

let browser: Browser;
let database: TestDatabase;
let app: FastifyInstance;
let origin: string;
beforeAll(async () => {
  [browser, database] = await Promise.all([launchChromium(), createProjectDemoDatabase('sqlite')]);
  app = await buildPublicApp(database);
  origin = await app.listen({ port: 0, host: '127.0.0.1' });
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await app?.close();
  await database?.drop();
});

const GOAL_PAGES = [`/politikker/${CURRENT}/maal/mal-1/`, `/en/policies/${CURRENT}/goals/mal-1/`];

describe('a goal page with its initiatives in Chromium', () => {
  it('has no WCAG 2.1 A or AA violation in either language', async () => {
    const page = await (await browser.newContext()).newPage();
    const found: string[] = [];
    for (const path of GOAL_PAGES) {
      await page.goto(origin + path);
      expect(await page.locator('.goal-initiatives li').count()).toBe(2);
      const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      for (const violation of result.violations) found.push(`${path}: ${violation.id} (${violation.nodes.map((n) => n.target.join(' ')).join(', ')})`);
    }
    expect(found).toEqual([]);
  }, 60_000);

  it('fits a 320 px wide screen', async () => {
    const narrow = await (await browser.newContext({ viewport: { width: 320, height: 640 } })).newPage();
    await narrow.goto(origin + GOAL_PAGES[0]!);
    const outside = await narrow.evaluate(() =>
      Array.from(document.querySelectorAll('.goal-initiatives *'))
        .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1)
        .map((e) => e.tagName),
    );
    expect(outside).toEqual([]);
  });
});
