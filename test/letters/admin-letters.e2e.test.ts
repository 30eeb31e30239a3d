// The letters' screens in real Chromium: no WCAG 2.1 A or AA violation that
// axe finds on the list, a draft, the templates, the sender page or the
// letter itself; and the secretariat makes and edits a draft without
// JavaScript.
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCycleDemoData, readCycleDemoFile } from '../../src/services/demo/load-cycle-demo-data.js';
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
  const ctx = { actor: commandLineActor('test'), now: DEMO_LOADED_AT };
  await loadProjectDemoData(demo.database.db, await readProjectDemoFile(), ctx);
  await loadCycleDemoData(demo.database.db, await readCycleDemoFile(), ctx);
  await addPerson(demo.database.db, PEOPLE.administrator);
  origin = await demo.app.listen({ port: 0, host: '127.0.0.1' });
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await demo?.close();
});

async function signIn(page: Page) {
  await page.goto(`${origin}/login`);
  await page.getByLabel('E-mailadresse').fill(PEOPLE.administrator.email);
  await page.getByLabel('Adgangskode').fill(PEOPLE.administrator.password);
  await page.getByRole('button', { name: 'Log ind' }).click();
  await page.waitForURL(`${origin}/admin`);
}

describe('the letters in Chromium', () => {
  it('makes and edits a draft without JavaScript, and every page passes axe', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await signIn(page);
    // The admin menu is grouped: the Letters group opens (no JavaScript) before its link shows.
    await page.locator('.admin-menu summary', { hasText: 'Breve' }).click();
    await page.getByRole('link', { name: 'Breve', exact: true }).click();
    await page.getByLabel('Brev', { exact: true }).selectOption('challenge');
    await page.getByLabel('Udvalg (valgfri)', { exact: true }).selectOption('SOU');
    await page.getByRole('button', { name: 'Dan udkast' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Udfordringsskrivelse til Socialudvalget' }).count()).resolves.toBe(1);
    await page.getByLabel('Indledning', { exact: true }).fill('Kære udvalg. Her er årets udfordringer.');
    await page.getByRole('button', { name: 'Gem teksten' }).click();
    await expect(page.getByText('Teksten er gemt.').count()).resolves.toBe(1);
    const draftPath = new URL(page.url()).pathname;
    await context.close();

    const checked = await (await browser.newContext()).newPage();
    await signIn(checked);
    const found: string[] = [];
    for (const path of ['/admin/letters', draftPath, `${draftPath}/preview`, '/admin/letters/templates?kind=challenge&lang=da', '/admin/letters/sender']) {
      const response = await checked.goto(origin + path);
      expect(response?.status(), path).toBe(200);
      const result = await new AxeBuilder({ page: checked }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      for (const violation of result.violations) found.push(`${path}: ${violation.id} (${violation.nodes.map((n) => n.target.join(' ')).join(', ')})`);
    }
    expect(found).toEqual([]);
    await checked.goto(`${origin}${draftPath}/preview`);
    await expect(checked.getByText('Kære udvalg. Her er årets udfordringer.').count()).resolves.toBe(1);
  }, 120_000);
});
