// The annual cycle's screens in real Chromium: no WCAG 2.1 A or AA violation
// that axe finds on the year wheel (this year's, with today marked), the
// list, the delivery board, a committee's page and a task page; and a
// committee member answers a task without JavaScript.
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCycleFromDefaults } from '../../src/services/cycle/create-cycle.js';
import { loadCycleDemoData, readCycleDemoFile } from '../../src/services/demo/load-cycle-demo-data.js';
import { loadProjectDemoData, readProjectDemoFile } from '../../src/services/demo/load-project-demo-data.js';
import { DEMO_LOADED_AT, PEOPLE, addPerson, startAccountsApp } from '../admin/support/accounts-app.js';
import type { AccountsApp } from '../admin/support/accounts-app.js';
import { launchChromium } from '../support/browser.js';
import { commandLineActor } from '../../src/domain/permissions.js';

let browser: Browser;
let demo: AccountsApp;
let origin: string;
let thisYear: number;
beforeAll(async () => {
  [browser, demo] = await Promise.all([launchChromium(), startAccountsApp('sqlite')]);
  const ctx = { actor: commandLineActor('test'), now: DEMO_LOADED_AT };
  await loadProjectDemoData(demo.database.db, await readProjectDemoFile(), ctx);
  await loadCycleDemoData(demo.database.db, await readCycleDemoFile(), ctx);
  const policy = await demo.database.db.selectFrom('policies').select('id').where('code', '=', 'inklusionspolitik-2011-2014').executeTakeFirstOrThrow();
  thisYear = new Date().getUTCFullYear();
  await createCycleFromDefaults(demo.database.db, { policyId: policy.id, year: thisYear }, ctx);
  await addPerson(demo.database.db, PEOPLE.analyst);
  await addPerson(demo.database.db, PEOPLE.committee_member);
  origin = await demo.app.listen({ port: 0, host: '127.0.0.1' });
});
afterAll(async () => {
  await browser?.close();
  await demo?.close();
});

async function signIn(page: Page, who: 'analyst' | 'committee_member') {
  await page.goto(`${origin}/login`);
  await page.getByLabel('E-mailadresse').fill(PEOPLE[who].email);
  await page.getByLabel('Adgangskode').fill(PEOPLE[who].password);
  await page.getByRole('button', { name: 'Log ind' }).click();
  await page.waitForURL(`${origin}/admin`);
}

describe('the annual cycle in Chromium', () => {
  it('has no WCAG 2.1 A or AA violation on the wheel, list, board, committee and task pages', async () => {
    const page = await (await browser.newContext()).newPage();
    await signIn(page, 'analyst');
    const task = await demo.database.db
      .selectFrom('cycle_tasks')
      .innerJoin('committees', 'committees.id', 'cycle_tasks.committee_id')
      .select('cycle_tasks.id')
      .where('committees.code', '=', 'BIU')
      .where('cycle_tasks.kind', '=', 'status_statement')
      .executeTakeFirstOrThrow();
    const found: string[] = [];
    for (const path of [
      '/admin/cycle',
      '/admin/cycle/1',
      '/admin/cycle/1/list',
      '/admin/cycle/1/board',
      '/admin/cycle/1/committees',
      `/admin/cycle/tasks/${task.id}`,
      '/admin/cycle/milestones/1/edit',
      '/admin/cycle/1/milestones/new',
    ]) {
      const response = await page.goto(origin + path);
      expect(response?.status(), path).toBe(200);
      if (process.env.CYCLE_SCREENSHOT_DIR)
        await page.screenshot({ path: `${process.env.CYCLE_SCREENSHOT_DIR}/${path.replace(/\W+/g, '-')}.png`, fullPage: true });
      const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      for (const violation of result.violations) found.push(`${path}: ${violation.id} (${violation.nodes.map((n) => n.target.join(' ')).join(', ')})`);
    }
    expect(found).toEqual([]);
    // The default wheel is this year's, with today marked and named.
    await page.goto(`${origin}/admin/cycle`);
    const wheel = page.getByRole('img', { name: `Årshjul ${thisYear} med 7 milepæle` });
    await expect(wheel.count()).resolves.toBe(1);
    await expect(page.locator('svg.cycle-wheel text', { hasText: 'I dag' }).count()).resolves.toBe(1);
    if (process.env.CYCLE_SCREENSHOT) await page.screenshot({ path: process.env.CYCLE_SCREENSHOT, fullPage: true });
  }, 120_000);

  it("has no WCAG 2.1 A or AA violation on a committee member's answer form", async () => {
    const page = await (await browser.newContext()).newPage();
    await signIn(page, 'committee_member');
    const task = await demo.database.db
      .selectFrom('cycle_tasks')
      .innerJoin('committees', 'committees.id', 'cycle_tasks.committee_id')
      .select('cycle_tasks.id')
      .where('committees.code', '=', 'BIU')
      .where('cycle_tasks.kind', '=', 'economic_overview')
      .orderBy('cycle_tasks.id')
      .executeTakeFirstOrThrow();
    expect((await page.goto(`${origin}/admin/cycle/tasks/${task.id}`))?.status()).toBe(200);
    await expect(page.getByRole('button', { name: 'Aflever' }).count()).resolves.toBe(1);
    const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(result.violations.map((v) => `${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
  }, 60_000);

  it('lets a committee member save and submit its statement without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await signIn(page, 'committee_member');
    await page.goto(`${origin}/admin/cycle`);
    await page.getByRole('link', { name: 'Pr. udvalg' }).click();
    await page.getByRole('link', { name: 'Revideret handleplan' }).click();
    await page.getByLabel('Hvad er ændret i handleplanen').fill('Nye resultatmål for beskæftigelse');
    await page.getByRole('button', { name: 'Gem kladde' }).click();
    await expect(page.getByText('Kladden er gemt.').count()).resolves.toBe(1);
    expect(await page.getByLabel('Hvad er ændret i handleplanen').inputValue()).toBe('Nye resultatmål for beskæftigelse');
    await page.getByRole('button', { name: 'Aflever' }).click();
    await expect(page.getByText('Besvarelsen er afleveret.').count()).resolves.toBe(1);
    await expect(page.getByText('Nye resultatmål for beskæftigelse').count()).resolves.toBe(1);
    await context.close();
  }, 60_000);
});
