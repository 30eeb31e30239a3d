// The plan and project-bank screens in real Chromium: no WCAG 2.1 A or AA
// violation that axe finds on a plan page, its revision form, the monitoring
// board and a project page; and a plan revised without JavaScript, the
// "add an initiative" button included.
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadProjectDemoData, readProjectDemoFile } from '../../src/services/demo/load-project-demo-data.js';
import { DEMO_LOADED_AT, PEOPLE, addPerson, startAccountsApp } from '../admin/support/accounts-app.js';
import type { AccountsApp } from '../admin/support/accounts-app.js';
import { launchChromium } from '../support/browser.js';
import { commandLineActor } from '../../src/domain/permissions.js';

let browser: Browser;
let demo: AccountsApp;
let origin: string;
beforeAll(async () => {
  [browser, demo] = await Promise.all([launchChromium(), startAccountsApp('sqlite')]);
  await loadProjectDemoData(demo.database.db, await readProjectDemoFile(), { actor: commandLineActor('test'), now: DEMO_LOADED_AT });
  await addPerson(demo.database.db, PEOPLE.analyst);
  origin = await demo.app.listen({ port: 0, host: '127.0.0.1' });
});
afterAll(async () => {
  await browser?.close();
  await demo?.close();
});

async function signIn(page: Page) {
  await page.goto(`${origin}/login`);
  await page.getByLabel('E-mailadresse').fill(PEOPLE.analyst.email);
  await page.getByLabel('Adgangskode').fill(PEOPLE.analyst.password);
  await page.getByRole('button', { name: 'Log ind' }).click();
  await page.waitForURL(`${origin}/admin`);
}

describe('the plan and project-bank screens in Chromium', () => {
  it('have no WCAG 2.1 A or AA violation on a plan page, its revision form, the monitoring board and a project page', async () => {
    const page = await (await browser.newContext()).newPage();
    await signIn(page);
    const project = await demo.database.db.selectFrom('projects').select('id').where('reference', '=', 'PB-2011-03').executeTakeFirstOrThrow();
    const found: string[] = [];
    for (const path of [
      '/admin/plans/1',
      '/admin/plans/1/revise',
      '/admin/projects/board',
      `/admin/projects/${project.id}`,
      '/admin/plans/economy?year=2011',
    ]) {
      const response = await page.goto(origin + path);
      expect(response?.status(), path).toBe(200);
      const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      for (const violation of result.violations) found.push(`${path}: ${violation.id} (${violation.nodes.map((n) => n.target.join(' ')).join(', ')})`);
    }
    expect(found).toEqual([]);
  }, 120_000);

  it('revises a plan without JavaScript, adding an initiative on the way', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await signIn(page);
    await page.goto(`${origin}/admin/plans/1/revise`);
    const groups = await page.locator('fieldset.admin-initiative').count();
    await page.getByLabel('Hvad er ændret i denne version').fill('En ny indsats');
    await page.getByRole('button', { name: 'Tilføj en indsats' }).click();
    expect(await page.locator('fieldset.admin-initiative').count()).toBe(groups + 1);
    expect(await page.getByLabel('Hvad er ændret i denne version').inputValue()).toBe('En ny indsats');
    const last = page.locator('fieldset.admin-initiative').last();
    await last.getByLabel('Indsatsens titel').fill('Sommerskole i dansk');
    await last.getByLabel('Konkret resultatmål').fill('200 elever deltager hvert år');
    await last.getByLabel('Første år').fill('2012');
    await last.getByLabel('Sidste år').fill('2012');
    await page.getByRole('button', { name: 'Gem som ny version' }).click();
    await page.waitForURL(/\/admin\/plans\/1\?saved=1$/);
    await expect(page.getByText('Sommerskole i dansk').count()).resolves.toBe(1);
    await context.close();
  }, 60_000);
});
