// In Chromium without JavaScript: sign in, open an indicator in the admin
// area, change its status method and tolerance, save, and see it saved.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../support/databases.js';
import { launchChromium } from '../support/browser.js';
import { PEOPLE, addPerson, startAccountsApp } from '../admin/support/accounts-app.js';
import type { AccountsApp } from '../admin/support/accounts-app.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

describe.each(ENGINES)('editing an indicator in Chromium without JavaScript, on %s', (engine) => {
  let demo: AccountsApp;
  let origin: string;
  beforeAll(async () => {
    demo = await startAccountsApp(engine);
    await addPerson(demo.database.db, PEOPLE.analyst);
    origin = await demo.app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(() => demo.close());

  it('signs in and saves a change to an indicator', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const styles: string[] = [];
    page.on('response', (response) => {
      if (response.url().endsWith('.css')) styles.push(`${response.status()} ${new URL(response.url()).pathname}`);
    });

    await page.goto(`${origin}/admin/indicators`);
    expect(new URL(page.url()).pathname).toBe('/login');
    await page.getByLabel('E-mailadresse').fill(PEOPLE.analyst.email);
    await page.getByLabel('Adgangskode').fill(PEOPLE.analyst.password);
    await page.getByRole('button', { name: 'Log ind' }).click();
    await page.waitForURL(`${origin}/admin/indicators`);
    expect(styles).toContain('200 /assets/admin/dkfds/css/dkfds.min.css');

    await page.getByRole('link', { name: 'Frafald fra ungdomsuddannelser blandt unge med etnisk minoritetsbaggrund' }).click();
    await expect.poll(() => page.locator('h1').innerText()).toBe('Frafald fra ungdomsuddannelser blandt unge med etnisk minoritetsbaggrund');
    await page.getByLabel('Metode for status').selectOption('trajectory');
    await page.getByLabel('Tolerance').fill('0,3');
    await page.getByRole('button', { name: 'Gem' }).click();

    await expect.poll(() => page.locator('.alert-success').innerText()).toContain('Ændringerne er gemt.');
    expect(await page.getByLabel('Tolerance').inputValue()).toBe('0,3');
    const stored = await demo.database.db
      .selectFrom('indicators')
      .select(['method', 'tolerance'])
      .where('code', '=', 'frafald-ungdomsuddannelse')
      .executeTakeFirstOrThrow();
    expect(stored).toEqual({ method: 'trajectory', tolerance: 0.3 });

    // A mistake comes back beside its field, with what was typed.
    await page.getByLabel('Tolerance').fill('lidt');
    await page.getByRole('button', { name: 'Gem' }).click();
    await expect.poll(() => page.locator('#field-tolerance-error').innerText()).toContain('Skriv et tal');
    expect(await page.getByLabel('Tolerance').inputValue()).toBe('lidt');
    await context.close();
  });
});
