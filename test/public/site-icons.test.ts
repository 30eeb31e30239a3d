// The site's icon: /favicon.ico (which browsers ask for by habit) and an SVG
// one, both named by every page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchPage, startPublicApp } from './public-app.js';
import type { PublicApp } from './public-app.js';

describe('the site icon', () => {
  let site: PublicApp;
  beforeAll(async () => {
    site = await startPublicApp('sqlite', { demo: false });
  });
  afterAll(() => site.close());

  it('is served as a 16×16 .ico at /favicon.ico', async () => {
    const response = await site.app.inject({ method: 'GET', url: '/favicon.ico' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('image/x-icon');
    const ico = response.rawPayload;
    expect([...ico.subarray(0, 6)]).toEqual([0, 0, 1, 0, 1, 0]);
    expect([ico[6], ico[7]]).toEqual([16, 16]);
    expect(ico.readUInt32LE(14) + ico.readUInt32LE(18)).toBe(ico.length);
  });

  it('is served as SVG, and every page names both', async () => {
    const response = await site.app.inject({ method: 'GET', url: '/favicon.svg' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('image/svg+xml');
    expect(response.body).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    for (const path of ['/', '/en/methodology/']) {
      const page = await fetchPage(site.app, path);
      expect(page).toContain('<link rel="icon" href="/favicon.ico"');
      expect(page).toContain('<link rel="icon" href="/favicon.svg" type="image/svg+xml"/>');
    }
  });
});
