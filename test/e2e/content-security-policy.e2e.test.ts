// The site's Content-Security-Policy allows no inline styles ('unsafe-inline'
// is gone from style-src), so every page type is loaded in Chromium under the
// real header and must raise no CSP violation: the public pages in both
// languages (charts included), the embeddable card (its own <style>, allowed
// by hash), admin pages, the letter logo uploaded through its form without
// JavaScript, and the letter preview (its own <style>, allowed by hash, with
// the logo as a data: image).
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../support/databases.js';
import { launchChromium } from '../support/browser.js';
import { PEOPLE, addPerson, startAccountsApp } from '../admin/support/accounts-app.js';
import type { AccountsApp } from '../admin/support/accounts-app.js';
import { PAGE_TYPES } from './public-pages.js';

const PNG_1X1 = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

declare global {
  interface Window {
    cspViolations?: string[];
  }
}

/** Every CSP violation a page raises: the DOM's events (an init script, which the page's CSP does not govern) and the console's reports. */
function watchViolations(page: Page): () => Promise<string[]> {
  const fromConsole: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) fromConsole.push(message.text());
  });
  return async () => [...fromConsole, ...((await page.evaluate(() => window.cspViolations ?? [])) as string[])];
}

async function violationsOn(context: BrowserContext, url: string): Promise<string[]> {
  const page = await context.newPage();
  const violations = watchViolations(page);
  const response = await page.goto(url);
  expect(response?.status(), url).toBeLessThan(500);
  expect(String(response?.headers()['content-security-policy']), url).not.toContain('unsafe-inline');
  await page.waitForLoadState('load');
  const found = await violations();
  await page.close();
  return found;
}

describe.each(ENGINES)('no inline style outside the CSP, in Chromium, on %s', (engine) => {
  let demo: AccountsApp;
  let origin: string;
  let context: BrowserContext;
  beforeAll(async () => {
    demo = await startAccountsApp(engine);
    await addPerson(demo.database.db, PEOPLE.administrator);
    origin = await demo.app.listen({ port: 0, host: '127.0.0.1' });
    context = await browser.newContext();
    await context.addInitScript(() => {
      window.cspViolations = [];
      document.addEventListener('securitypolicyviolation', (event) => window.cspViolations?.push(`${event.violatedDirective} ${event.blockedURI}`));
    });
  });
  afterAll(async () => {
    await context?.close();
    await demo.close();
  });

  it('loads every public page type and the embeddable card without a violation', async () => {
    for (const type of PAGE_TYPES) {
      for (const path of [type.da, type.en]) expect(await violationsOn(context, `${origin}${path}`), path).toEqual([]);
    }
  }, 240_000);

  it('loads admin pages, takes a logo through its form without JavaScript, and previews a letter without a violation', async () => {
    const page = await context.newPage();
    await page.goto(`${origin}/login`);
    await page.getByLabel('E-mailadresse').fill(PEOPLE.administrator.email);
    await page.getByLabel('Adgangskode').fill(PEOPLE.administrator.password);
    await page.getByRole('button', { name: 'Log ind' }).click();
    await page.waitForURL(`${origin}/admin`);
    for (const path of [
      '/admin',
      '/admin/releases',
      '/admin/indicators/1',
      '/admin/users',
      '/admin/projects/import',
      '/admin/letters',
      '/admin/letters/sender',
    ])
      expect(await violationsOn(context, `${origin}${path}`), path).toEqual([]);

    // The logo, through the real form (multipart, CSRF token first) in a browser without JavaScript.
    const noScripts = await browser.newContext({ javaScriptEnabled: false, storageState: await context.storageState() });
    const form = await noScripts.newPage();
    await form.goto(`${origin}/admin/letters/sender`);
    const logo = join(tmpdir(), `barometer-logo-${process.pid}.png`);
    writeFileSync(logo, PNG_1X1);
    await form.locator('input[name="logo"]').setInputFiles(logo);
    await form.locator('input[name="description"]').fill('Kommunens logo');
    await form.locator('form[action="/admin/letters/sender/logo"] button[type="submit"]').click();
    await form.waitForURL(`${origin}/admin/letters/sender?saved=1`);
    expect(await form.locator('img[alt="Kommunens logo"]').count()).toBe(1);
    await noScripts.close();

    // A draft letter, made through the letters form, then its preview.
    await page.goto(`${origin}/admin/letters`);
    const token = await page.locator('input[name="_csrf"]').first().getAttribute('value');
    const created = await page.request.post(`${origin}/admin/letters`, {
      form: { _csrf: token ?? '', kind: 'report', release: 'latest', committee: '', lang: 'da' },
      maxRedirects: 0,
    });
    expect(created.status()).toBe(303);
    const draft = String(created.headers().location).replace(/\?.*$/, '');
    const previewUrl = `${origin}${draft}/preview`;
    expect(await violationsOn(context, previewUrl)).toEqual([]);
    const preview = await context.newPage();
    await preview.goto(previewUrl);
    // The letter's own styles applied (its <style> allowed by hash), and its logo shown.
    expect(await preview.locator('img[alt="Kommunens logo"]').evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBe(1);
    expect(await preview.locator('header.letterhead').evaluate((el) => getComputedStyle(el).display)).not.toBe('block');
    await preview.close();
    await page.close();
  }, 240_000);
});
