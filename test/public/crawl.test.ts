// A reader who starts on the front page and follows links finds the project
// bank: it is in the header of every page and on every goal's page, on both
// engines.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/http/app.js';
import { createProjectDemoDatabase } from '../projects/support/project-demo-database.js';
import { ENGINES } from '../support/databases.js';
import type { TestDatabase } from '../support/databases.js';
import { CURRENT, fetchPage } from './public-app.js';

/** The site-absolute links of a page, without their query or fragment. */
const linksOf = (html: string) => [...html.matchAll(/\bhref="(\/[^"?#]*)/g)].map((m) => m[1]!).filter((l) => !l.startsWith('/api/') && !l.startsWith('/assets/'));

describe.each(ENGINES)('a crawl from the front page on %s', (engine) => {
  let database: TestDatabase;
  let app: FastifyInstance;
  beforeAll(async () => {
    database = await createProjectDemoDatabase(engine);
    app = await buildApp({
      db: database.db,
      accounts: { baseUrl: 'http://barometer.test', cookieSecure: false, mailer: null, singleSignOn: null, embedFrameAncestors: ['*'] },
    });
  });
  afterAll(async () => {
    await app.close();
    await database.drop();
  });

  it('reaches the project bank in both languages', async () => {
    const queue = ['/'];
    const seen = new Set(queue);
    const pages: string[] = [];
    while (queue.length > 0 && !(seen.has('/projekter') && seen.has('/en/projects'))) {
      const path = queue.shift()!;
      const response = await app.inject({ method: 'GET', url: path });
      if (response.statusCode !== 200 || !String(response.headers['content-type']).startsWith('text/html')) continue;
      pages.push(path);
      for (const link of linksOf(response.body)) {
        if (seen.has(link)) continue;
        seen.add(link);
        queue.push(link);
      }
    }
    expect(seen.has('/projekter')).toBe(true);
    expect(seen.has('/en/projects')).toBe(true);
    expect(pages.length).toBeLessThan(5);
  });

  it('links each goal to the projects that work for it, and marks the project bank in the menu', async () => {
    const goal = await fetchPage(app, `/politikker/${CURRENT}/maal/mal-8/`);
    expect(goal).toContain('href="/projekter?goal=mal-8"');
    const english = await fetchPage(app, `/en/policies/${CURRENT}/goals/mal-1/`);
    expect(english).toContain('href="/en/projects?goal=mal-1"');
    const list = await fetchPage(app, '/projekter?goal=mal-8');
    expect(list).toMatch(/<a href="\/projekter" aria-current="page">Projektbank<\/a>/);
  });

  it('styles the project bank with dkfds: form controls, buttons, lists without stray bullets, status badges', async () => {
    const list = await fetchPage(app, '/projekter');
    expect(list).toContain('<input class="form-input" id="filter-q" type="search"');
    expect(list.match(/<select class="form-select"/g)).toHaveLength(4);
    expect(list.match(/<label class="form-label"/g)).toHaveLength(5);
    expect(list).toMatch(/<button class="button button-primary" type="submit">/);
    expect(list).toMatch(/<ul class="project-list nobullet-list">/);
    expect(list).toMatch(/<span class="project-status badge[^"]*">/);
  });
});
