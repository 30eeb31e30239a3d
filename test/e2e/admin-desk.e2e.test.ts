// The desk in real Chromium: each role signs in on the demo (read on 20 April
// 2013) and finds on its start page what is due for it; the page has no WCAG
// 2.1 A or AA violation axe finds; the grouped menu opens without JavaScript
// and fits a 390 px screen; the monitoring board no longer opens with the
// ended Jobpatruljer.
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/domain/permissions.js';
import type { AccountsApp } from '../admin/support/accounts-app.js';
import { DESK_PEOPLE, startDeskApp } from '../desk/support.js';
import { launchChromium } from '../support/browser.js';

let browser: Browser;
let demo: AccountsApp;
let origin: string;
beforeAll(async () => {
  [browser, demo] = await Promise.all([launchChromium(), startDeskApp('sqlite')]);
  origin = await demo.app.listen({ port: 0, host: '127.0.0.1' });
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await demo?.close();
});

async function signIn(page: Page, role: Role) {
  await page.goto(`${origin}/login`);
  await page.getByLabel('E-mailadresse').fill(DESK_PEOPLE[role].email);
  await page.getByLabel('Adgangskode').fill(DESK_PEOPLE[role].password);
  await page.getByRole('button', { name: 'Log ind' }).click();
  await page.waitForURL(`${origin}/admin`);
}

const mainText = async (page: Page) => (await page.locator('main').innerText()).replace(/\s+/g, ' ');

describe('the desk in Chromium', () => {
  it('shows each role what is due for it, with no axe violation', async () => {
    const expected: Record<'administrator' | 'data_supplier' | 'committee_member' | 'project_owner', string[]> = {
      administrator: [
        'Nye tal på barometret, frist 4. januar 2013',
        'Økonomioversigt fra udvalgene, frist 2. maj 2013',
        'Nye tal for 14 af 15 indikatorer',
        'Lektiecaféer i boligområderne (BUU), senest vurderet 2012 Q2',
        'Seneste ændringer',
      ],
      data_supplier: ['Det skylder Økonomiforvaltningen til Nye tal januar 2013', 'forventes 1. kvartal 2013', 'Nye tal på barometret, frist 4. januar 2013'],
      committee_member: ['Revideret handleplan, frist 16. maj 2013', 'Flere i arbejde', 'Status: ● Uændret'],
      project_owner: [
        'Lektiecaféer i boligområderne – I gang, slutter 30. juni 2013',
        'Skriv kvartalsvurderingen for 2012 Q3',
        'Evaluering planlagt 30. april 2013',
      ],
    };
    const found: string[] = [];
    for (const [role, texts] of Object.entries(expected) as [keyof typeof expected, string[]][]) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await signIn(page, role);
      const text = await mainText(page);
      for (const wanted of texts) expect(text, `${role}: ${wanted}`).toContain(wanted);
      const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      for (const violation of result.violations) found.push(`${role}: ${violation.id} (${violation.nodes.map((n) => n.target.join(' ')).join(', ')})`);
      await context.close();
    }
    expect(found).toEqual([]);
  }, 180_000);

  it('does not open the monitoring board with the ended Jobpatruljer', async () => {
    const page = await (await browser.newContext()).newPage();
    await signIn(page, 'analyst');
    await page.goto(`${origin}/admin/projects/board`);
    const first = await page.locator('table tbody tr').first().locator('th').innerText();
    expect(first).not.toContain('Jobpatruljer');
    expect(await page.locator('table tbody tr th').allInnerTexts()).toContain('Jobpatruljer i udsatte boligområder');
  }, 60_000);

  it('opens a menu group without JavaScript and fits 390 px', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await signIn(page, 'administrator');
    const indicators = page.getByRole('link', { name: 'Indikatorer', exact: true });
    expect(await indicators.isVisible()).toBe(false);
    await page.locator('summary', { hasText: 'Model' }).click();
    expect(await indicators.isVisible()).toBe(true);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    await context.close();
  }, 60_000);
});
