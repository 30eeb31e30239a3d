// Every kind of public page, in both languages, on both engines: what each
// must say, and that unknown or draft things are not found.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../support/databases.js';
import { ARCHIVED, CURRENT, fetchPage, startPublicApp, textOf } from './public-app.js';
import type { PublicApp } from './public-app.js';

describe.each(ENGINES)('the public pages on %s', (engine) => {
  let site: PublicApp;
  const get = (url: string) => fetchPage(site.app, url);
  beforeAll(async () => {
    site = await startPublicApp(engine);
  });
  afterAll(() => site.close());

  it('shows a policy with the rolled-up status of its areas and goals, and its committees', async () => {
    const text = textOf(await get(`/politikker/${CURRENT}/`));
    expect(text).toContain('Status for de 15 indikatorer');
    expect(text).toContain('Nye tal for 14 af 15 indikatorer.');
    expect(text).toContain('Indsatsområde 3: En hånd til udsatte grupper og områder ▲ Overvejende fremgang');
    expect(text).toContain('Børne- og Ungdomsudvalget');
    const archived = textOf(await get(`/en/policies/${ARCHIVED}/`));
    expect(archived).toContain('This policy ran from 2007 to 2010 and has ended.');
    // Education is red by its main indicator (seed 002).
    expect(archived).toContain('Focus area 5: Education ▼ Regress');
  });

  it('explains a focus area and a goal by their main indicator or their majority', async () => {
    const area = textOf(await get(`/politikker/${ARCHIVED}/indsatsomraader/uddannelse/`));
    expect(area).toContain('Status følger hovedindikatoren: Andel af tosprogede unge, der gennemfører en ungdomsuddannelse.');
    const goal = textOf(await get(`/en/policies/${CURRENT}/goals/mal-2/`));
    expect(goal).toContain('Goal 2: More people in work');
    expect(goal).toMatch(/Unchanged 2 of 2 unchanged Green takes more than half of the judged items going forward, red more than half going back; otherwise yellow\./);
    expect(goal).toContain('Part of Focus area 2: Inclusion in the labour market');
  });

  it("lists a committee's own goals apart from the goals every committee shares", async () => {
    const text = textOf(await get(`/politikker/${CURRENT}/udvalg/SUU/`));
    expect(text).toContain('Sundheds- og Omsorgsudvalget');
    expect(text).toContain('Forvaltning: Sundheds- og Omsorgsforvaltningen');
    expect(text).toMatch(/Mål, udvalget har ansvaret for .*Mål 4: Flere skal have gavn af kommunens tilbud/);
    expect(text).toMatch(/Mål, som alle udvalg deler .*Mål 6: Flere skal opleve at høre til i København/);
  });

  it('shows an indicator with its status, explanation, chart, table, definition and updates', async () => {
    const html = await get(`/politikker/${CURRENT}/indikatorer/overledighed/`);
    const text = textOf(html);
    expect(text).toContain('Uændret');
    expect(text).toContain('tolerancen på 0,2 procentpoint');
    // A gap indicator's chart: the gap in a panel of its own above the groups, each drawn wide and narrow.
    expect(html).toMatch(
      /<div class="chart" role="img" aria-label="Diagram over udviklingen i Overledighed[^"]*Forskellen står øverst og grupperne nederst[^"]*"><div class="chart-panel chart-panel--gap"><p class="chart-panel-title">Forskellen, som indikatoren bedømmes på<\/p><div class="chart-wide"><svg aria-hidden="true"/,
    );
    expect(html.match(/<svg aria-hidden="true" focusable="false" preserveAspectRatio/g)).toHaveLength(4);
    expect(html).not.toMatch(/ecmeta_|zr\d+-/);
    // The table: a column per group and one for the gap, each with its unit (the groups' differs from the gap's), a row per year.
    expect(text).toMatch(
      /Periode Etnisk minoritetsbaggrund \(procent\) Dansk oprindelse \(procent\) Forskel \(procentpoint\) 2010 \(startmåling\) 9,8 3,5 6,3 2011 9,9 3,5 6,4 2012 9,6 3,4 6,2/,
    );
    expect(text).toContain('Forskellen mellem Etnisk minoritetsbaggrund og Dansk oprindelse');
    expect(text).toContain('Kilde Danmarks Statistik, registerbaseret ledighedsstatistik');
    expect(text).toContain('Leveres af Beskæftigelses- og Integrationsforvaltningen');
    expect(text).toContain('Metode Udviklingen siden startmålingen');
    expect(text).toContain('Senest opdateret 15. januar 2013');
    expect(text).toContain('Næste opdatering Ventes omkring januar 2014');
    expect(html).toContain(`href="/politikker/${CURRENT}/indikatorer/overledighed/data.csv"`);
    expect(html).toContain(`href="/embed/da/${CURRENT}/overledighed/"`);
  });

  it('shows revisions of earlier figures and the expected date of a missing one', async () => {
    const revised = textOf(await get(`/en/policies/${CURRENT}/indicators/beskaeftigelsesfrekvens/`));
    expect(revised).toMatch(/Revisions of earlier figures .* 2011 Ethnic-minority background 52\.0 52\.1 New figures, January 2013/);
    expect(revised).toContain('Foreløbigt tal erstattet af Danmarks Statistiks endelige opgørelse.');
    const missing = textOf(await get(`/politikker/${CURRENT}/indikatorer/ledere-minoritet/`));
    expect(missing).toContain('Ingen data');
    expect(missing).toContain('Næste opdatering Ventes 1. kvartal 2013');
    const ended = textOf(await get(`/politikker/${ARCHIVED}/indikatorer/i07-tryghed/`));
    expect(ended).toContain('Politikken er afsluttet; der kommer ikke flere tal');
  });

  it('lists the releases and shows one with its figures, revisions and missing figures', async () => {
    const list = textOf(await get(`/politikker/${CURRENT}/offentliggoerelser/`));
    expect(list.indexOf('Nye tal januar 2013')).toBeLessThan(list.indexOf('Nye tal januar 2012'));
    expect(list).toContain('Rettede 1 tidligere tal.');
    const releases = (await site.app.inject({ url: `/api/v1/policies/${CURRENT}/releases` })).json() as { id: number }[];
    const latest = textOf(await get(`/en/policies/${CURRENT}/releases/${releases[0]!.id}/`));
    expect(latest).toContain('published 15 January 2013');
    expect(latest).toContain('New figures for 14 of 15 indicators.');
    expect(latest).toMatch(/Corrected figures .* Employment rate of 16-64-year-olds with an ethnic-minority background 2011 Ethnic-minority background 52\.0% 52\.1%/);
    expect(latest).toMatch(/Missing figures .* Why: The Finance Administration has not been able to deliver figures since the baseline\. To be delivered by: Finance Administration Missing since: 2010 Expected: First quarter of 2013/);
  });

  it('has an archive, a methodology page and an open-data page in both languages', async () => {
    const archive = textOf(await get('/arkiv/'));
    expect(archive).toContain('Inklusionspolitik 2011-2014');
    expect(archive).toContain('Integrationspolitik 2007-2010');
    expect(archive).toContain('Vedtaget 14. december 2006.');
    expect(textOf(await get('/metode/'))).toContain('Status: farve, symbol og ord');
    expect(textOf(await get('/en/methodology/'))).toContain('Development since the baseline (the standard method)');
    expect(await get('/en/open-data/')).toContain('href="/api/v1/openapi.json"');
  });

  it('links every page to the same page in the other language', async () => {
    const html = await get(`/politikker/${CURRENT}/maal/mal-1/`);
    expect(html).toContain(`<a class="site-nav-language" href="/en/policies/${CURRENT}/goals/mal-1/" hreflang="en" lang="en">English</a>`);
  });

  it('answers 404 for unknown policies, indicators, releases and draft policies, and redirects a missing slash', async () => {
    for (const url of [`/politikker/nope/`, `/politikker/${CURRENT}/indikatorer/nope/`, `/en/policies/${CURRENT}/releases/999/`, `/politikker/${CURRENT}/offentliggoerelser/abc/`]) {
      const response = await site.app.inject({ url });
      expect(response.statusCode, url).toBe(404);
      expect(response.body).toContain('<html lang=');
    }
    expect((await site.app.inject({ url: `/en/policies/nope/` })).body).toContain('There is no such page');
    await site.database.db.updateTable('policies').set({ state: 'draft' }).where('code', '=', ARCHIVED).execute();
    expect((await site.app.inject({ url: `/politikker/${ARCHIVED}/` })).statusCode).toBe(404);
    expect((await site.app.inject({ url: `/api/v1/policies/${ARCHIVED}` })).statusCode).toBe(404);
    await site.database.db.updateTable('policies').set({ state: 'archived' }).where('code', '=', ARCHIVED).execute();
    const redirect = await site.app.inject({ url: `/politikker/${CURRENT}` });
    expect(redirect.statusCode).toBe(301);
    expect(redirect.headers.location).toBe(`/politikker/${CURRENT}/`);
  });
});
