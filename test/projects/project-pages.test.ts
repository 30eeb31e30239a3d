import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/http/app.js';
import { ENGINES } from '../support/databases.js';
import type { TestDatabase } from '../support/databases.js';
import { createProjectDemoDatabase, idsByCode } from './support/project-demo-database.js';

/** Project page links in a list page, one per project shown. */
const projectLinks = (html: string, base: string) => (html.match(new RegExp(`href="${base}/\\d+"`, 'g')) ?? []).length;

describe.each(ENGINES)('the public project bank on %s', (engine) => {
  let database: TestDatabase;
  let app: FastifyInstance;
  let ids: Awaited<ReturnType<typeof idsByCode>>;
  const get = (url: string) => app.inject({ method: 'GET', url });

  beforeAll(async () => {
    database = await createProjectDemoDatabase(engine);
    ids = await idsByCode(database);
    // Accounts options given, as the admin tests do, so the app does not read the environment.
    app = await buildApp({
      db: database.db,
      accounts: { baseUrl: 'http://barometer.test', cookieSecure: false, mailer: null, singleSignOn: null, embedFrameAncestors: ['*'] },
    });
  });
  afterAll(async () => {
    await app.close();
    await database.drop();
  });

  it('lists every project in Danish with a search form that works without JavaScript', async () => {
    const response = await get('/projekter');
    expect(response.statusCode).toBe(200);
    const html = response.body;
    expect(html).toContain('<html lang="da">');
    expect(html).toContain('<h1>Projektbanken</h1>');
    expect(html).toMatch(/<form method="get" action="\/projekter" role="search"/);
    expect(projectLinks(html, '/projekter')).toBe(12);
    expect(html).toContain('12 projekter');
    expect(html).toContain('href="/projekter.csv"');
  });

  it.each([
    ['?committee=BIU', 4, ['Jobpatruljer i udsatte boligområder', 'Frivillignetværk for nye københavnere']],
    ['?goal=mal-8', 1, ['Indsats mod diskrimination i nattelivet']],
    ['?q=LEKTIE', 2, ['Lektiecaféer i boligområderne', 'Forældreskoler for tosprogede forældre']],
    ['?status=awaiting_decision', 1, ['Gældsrådgivning for børnefamilier']],
    ['?status=anchored&committee=BUU', 2, ['Lektiecaféer i boligområderne', 'Brobyggere mellem skole og ungdomsuddannelse']],
    ['?year=2014', 3, ['Sundhedsformidlere i lokalområdet']],
    ['?status=bogus&year=abc&goal=', 12, []],
  ])('filters %s down to %i', async (query, count, titles) => {
    const html = (await get(`/projekter${query}`)).body;
    expect(projectLinks(html, '/projekter')).toBe(count);
    for (const title of titles) expect(html).toContain(title);
  });

  it('sends the list typed with a trailing slash to its address, keeping the search', async () => {
    for (const [typed, address] of [
      ['/projekter/?q=job', '/projekter?q=job'],
      ['/en/projects/', '/en/projects'],
    ] as const) {
      const response = await get(typed);
      expect(response.statusCode, typed).toBe(301);
      expect(response.headers.location, typed).toBe(address);
    }
  });

  it('keeps the filter in the form, the CSV link and the link to the English page', async () => {
    const html = (await get('/projekter?status=anchored&committee=BUU')).body;
    expect(html).toMatch(/<option value="anchored" selected>Forankret i drift<\/option>/);
    expect(html).toContain('href="/projekter.csv?committee=BUU&amp;status=anchored"');
    expect(html).toContain('href="/en/projects?committee=BUU&amp;status=anchored"');
  });

  it('has the same list in English, marking the Danish project texts as Danish', async () => {
    const html = (await get('/en/projects?committee=BIU')).body;
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<h1>The project bank</h1>');
    expect(html).toContain('Employment and Integration Committee');
    expect(html).toMatch(/<a href="\/en\/projects\/\d+" lang="da">Jobpatruljer i udsatte boligområder<\/a>/);
    expect(html).toContain('4 projects');
  });

  it('shows a project with its evaluation and the decisions at the end of its period', async () => {
    const html = (await get(`/projekter/${ids.project('PB-2011-02')}`)).body;
    expect(html).toContain('<h1>Brobyggere mellem skole og ungdomsuddannelse</h1>');
    expect(html).toContain('1.800.000 kr.');
    expect(html).toContain('forlænget til 31. juli 2014');
    expect(html).toContain('Fastholdelsen var 8 procentpoint højere');
    expect(html).toContain('Forankres i den almindelige drift');
    expect(html).toContain('Mål 1: Flere unge styrket ud af folkeskolen');
    const english = (await get(`/en/projects/${ids.project('PB-2011-02')}`)).body;
    expect(english).toContain('DKK 1,800,000');
    expect(english).toContain('Anchored in ordinary operations');
  });

  it('answers an unknown project with a page in the language of its address', async () => {
    for (const url of ['/projekter/999999', '/projekter/abc']) {
      const response = await get(url);
      expect(response.statusCode).toBe(404);
      expect(response.body).toContain('Projektet findes ikke.');
    }
    expect((await get('/en/projects/999999')).body).toContain('There is no such project.');
  });

  it('downloads the filtered list as CSV', async () => {
    const response = await get('/projekter.csv?committee=BIU');
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toBe('attachment; filename="projekter.csv"');
    const lines = response.body
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe(
      'Nr.;Titel;Beskrivelse;Projektejer;Ansvarligt udvalg;Forvaltning;Politikmål;Startdato;Slutdato;Budget;Kommunal medfinansiering;Finansieringskilde;Målgruppe;Kontakt;Status',
    );
    expect(lines).toHaveLength(5);
    expect(lines.find((l) => l.startsWith('PB-2011-03'))).toContain(';2011-03-01;2013-02-28;3000000;3000000;');
    expect((await get('/en/projects.csv')).body.split('\r\n')[0]).toContain('No.,Title,Description,Project owner');
  });

  it('never shows an internal field or a monitoring report on a page or in the CSV', async () => {
    const internal = await database.db.selectFrom('project_internal').select(['case_number', 'internal_note']).execute();
    const monitoring = await database.db.selectFrom('project_monitoring').select(['comment', 'follow_up_note']).execute();
    const secrets = [...internal.flatMap((r) => [r.case_number, r.internal_note]), ...monitoring.flatMap((r) => [r.comment, r.follow_up_note])].filter(
      (s): s is string => !!s,
    );
    expect(secrets.length).toBeGreaterThan(40);
    const projectIds = (await database.db.selectFrom('projects').select('id').execute()).map((p) => p.id);
    const urls = [
      '/projekter',
      '/en/projects',
      '/projekter.csv',
      '/en/projects.csv',
      ...projectIds.flatMap((id) => [`/projekter/${id}`, `/en/projects/${id}`]),
    ];
    for (const url of urls) {
      const response = await get(url);
      expect(response.statusCode).toBe(200);
      const body = response.body.replaceAll('&amp;', '&').replaceAll('&quot;', '"');
      for (const secret of secrets) expect(body, `${url} shows "${secret}"`).not.toContain(secret);
      expect(body).not.toContain('INTERNT');
    }
  });
});
