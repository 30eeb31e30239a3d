import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/http/app.js';
import { ENGINES, createTestDatabase } from '../support/databases.js';
import { startDemoApp } from '../support/demo-app.js';
import type { DemoApp } from '../support/demo-app.js';

describe.each(ENGINES)('the front page on %s', (engine) => {
  let demo: DemoApp;
  beforeAll(async () => {
    demo = await startDemoApp(engine);
  });
  afterAll(() => demo.close());

  it('lists the current policy, its focus areas, goals and indicators in Danish', async () => {
    const response = await demo.app.inject({ method: 'GET', url: '/' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/text\/html/);
    const html = response.body;
    expect(html).toContain('<html lang="da">');
    expect(html).toContain('Inklusionspolitik 2011-2014');
    expect(html).toContain('En hånd til udsatte grupper og områder');
    expect(html).toContain('Mål 8: Færre skal opleve diskrimination');
    expect(html).toContain('Økonomiudvalget');
    expect((html.match(/class="indicator-title"/g) ?? []).length).toBe(15);
    expect(html).toContain('<a href="/politikker/inklusionspolitik-2011-2014/indikatorer/tryghed/">');
    expect(html).toContain('Nye tal for 14 af 15 indikatorer.');
    expect(html).toContain('Demodata');
  });

  it('shows figures in Danish number formats with the status in words', async () => {
    const html = (await demo.app.inject({ method: 'GET', url: '/' })).body;
    expect(html).toContain('74,0 %');
    expect(html).toContain('+2,8 procentpoint');
    expect(html).toContain('15. januar 2013');
    expect(html).toMatch(/status-green[^]*?Fremgang/);
    expect(html).toMatch(/status-grey[^]*?Ingen data/);
  });

  it('has an English version at /en/', async () => {
    const response = await demo.app.inject({ method: 'GET', url: '/en/' });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('<html lang="en">');
    expect(response.body).toContain('A hand to vulnerable groups and neighbourhoods');
    expect(response.body).toContain('74.0%');
    expect(response.body).toContain('15 January 2013');
  });

  it('lets other sites frame the embeddable card, and nothing else', async () => {
    const card = await demo.app.inject({ method: 'GET', url: '/embed/da/inklusionspolitik-2011-2014/tryghed/' });
    expect(card.statusCode).toBe(200);
    expect(card.headers['content-security-policy']).not.toContain("frame-ancestors 'none'");
    expect(card.headers['x-frame-options']).toBeUndefined();
    const page = await demo.app.inject({ method: 'GET', url: '/politikker/inklusionspolitik-2011-2014/indikatorer/tryghed/' });
    expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'");
  });

  it('answers health checks and unknown pages', async () => {
    expect((await demo.app.inject({ method: 'GET', url: '/healthz' })).json()).toEqual({ status: 'ok' });
    expect((await demo.app.inject({ method: 'GET', url: '/no-such-page' })).statusCode).toBe(404);
  });
});

describe.each(ENGINES)('an empty database on %s', (engine) => {
  it('gets a front page that says how to load data', async () => {
    const database = await createTestDatabase(engine);
    const app = await buildApp({ db: database.db });
    const response = await app.inject({ method: 'GET', url: '/' });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('barometer demo');
    await app.close();
    await database.drop();
  });
});
