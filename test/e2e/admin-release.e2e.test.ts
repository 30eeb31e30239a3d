// In Chromium without JavaScript, the whole way of new figures: create a
// draft release, upload a file, read the dry run, confirm, preview the
// public page, publish with confirmation, and find the figure on the public
// indicator page. axe finds no WCAG 2.1 A/AA violation on the release page
// or on the upload form.
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PATHS } from '../../src/views/site-paths.js';
import { ENGINES } from '../support/databases.js';
import { launchChromium } from '../support/browser.js';
import { PEOPLE, addPerson, startAccountsApp } from '../admin/support/accounts-app.js';
import type { AccountsApp } from '../admin/support/accounts-app.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** axe runs in the page, so it gets a JavaScript context of its own with the same sign-in. */
async function axeViolations(context: BrowserContext, url: string): Promise<string[]> {
  const withScripts = await browser.newContext({ storageState: await context.storageState() });
  try {
    const page = await withScripts.newPage();
    await page.goto(url);
    // Signed in still: axe checks the page asked for, not the sign-in page.
    expect(new URL(page.url()).pathname).toBe(new URL(url).pathname);
    const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  } finally {
    await withScripts.close();
  }
}

describe.each(ENGINES)('a release from draft to public in Chromium without JavaScript, on %s', (engine) => {
  let demo: AccountsApp;
  let origin: string;
  beforeAll(async () => {
    demo = await startAccountsApp(engine);
    await addPerson(demo.database.db, PEOPLE.analyst);
    origin = await demo.app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(() => demo.close());

  it('creates a draft, imports a file, previews, publishes, and the public page shows the figure', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${origin}/admin/releases`);
    await page.getByLabel('E-mailadresse').fill(PEOPLE.analyst.email);
    await page.getByLabel('Adgangskode').fill(PEOPLE.analyst.password);
    await page.getByRole('button', { name: 'Log ind' }).click();
    await page.waitForURL(`${origin}/admin/releases`);

    await page.getByRole('link', { name: 'Opret en kladde' }).click();
    await page.getByLabel('Titel på dansk').fill('Nye tal januar 2014');
    await page.getByRole('button', { name: 'Opret kladden' }).click();
    await expect.poll(() => page.locator('h1').innerText()).toBe('Nye tal januar 2014');
    expect(await page.locator('#completeness').innerText()).toBe('Nye tal for 0 af 15 indikatorer');

    await page.getByRole('link', { name: 'Indlæs en fil' }).click();
    expect(await axeViolations(context, page.url())).toEqual([]);
    await page.getByLabel('Fil med tal').setInputFiles({
      name: 'januar-2014.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('indikator;periode;gruppe;område;værdi;flags;note\r\ntryghed;2013;total;kbh;76,4;;\r\n'),
    });
    await page.getByRole('button', { name: 'Vis hvad filen gør' }).click();
    await expect.poll(() => page.locator('h1').innerText()).toBe('Forhåndsvisning af januar-2014.csv');
    expect(await page.locator('main').innerText()).toContain('1 nyt, 0 ændrede og 0 uændrede tal.');
    await page.getByRole('button', { name: 'Læg tallene i kladden' }).click();
    await expect.poll(() => page.locator('.alert-success').innerText()).toContain('1 tal er lagt i kladden.');
    expect(await page.locator('#completeness').innerText()).toBe('Nye tal for 1 af 15 indikatorer');
    expect(await axeViolations(context, page.url())).toEqual([]);

    await page.locator('a[href$="/preview?indicator=tryghed"]').click();
    await expect.poll(() => page.locator('.release-preview-banner').innerText()).toContain('ikke offentliggjort');
    expect(await page.locator('main').innerText()).toContain('76,4');
    await page.getByRole('link', { name: 'Tilbage til kladden' }).click();

    await page.getByRole('link', { name: 'Offentliggør', exact: true }).click();
    await page.getByLabel('Jeg har set forhåndsvisningen og vil offentliggøre nu').check();
    await page.getByRole('button', { name: 'Offentliggør nu' }).click();
    await expect.poll(() => page.locator('.alert-success').innerText()).toContain('Tallene er offentliggjort: 1 nyt og 0 reviderede tal.');

    await page.goto(origin + PATHS.da.indicator('inklusionspolitik-2011-2014', 'tryghed'));
    expect(await page.locator('main').innerText()).toContain('76,4');
    await context.close();
  }, 60_000);
});
