// The orientation letter for the demo data's January 2013 release must say
// what Copenhagen's own letter of that month said: new figures for 14 of the
// 15 indicators, the leaders indicator missing from Økonomiforvaltningen and
// expected in the first quarter of 2013, the clearest progress in focus
// area 3, and excess unemployment unchanged (its fall is within tolerance).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { letterToHtml } from '../../src/documents/letter-html.js';
import type { OrientationModel } from '../../src/domain/letters/view-models.js';
import { buildLetterDocument, buildLetterDraftTexts, buildLetterModel } from '../../src/services/letters/build-letter.js';
import { ENGINES, createTestDatabase } from '../support/databases.js';
import type { TestDatabase } from '../support/databases.js';
import { LETTER_DATE, loadFullDemo } from './support.js';

const plain = (html: string) =>
  html
    .replace(/<style>[\s\S]*<\/style>/, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

describe.each(ENGINES)('the orientation letter on the January 2013 release (%s)', (engine) => {
  let database: TestDatabase;
  let releaseId: number;
  beforeAll(async () => {
    database = await createTestDatabase(engine);
    await loadFullDemo(database.db);
    const release = await database.db.selectFrom('releases').select('id').where('title_en', '=', 'New figures, January 2013').executeTakeFirstOrThrow();
    releaseId = release.id;
  }, 120_000);
  afterAll(() => database.drop());

  it('in Danish: 14 of 15, the missing leaders indicator, focus area 3, excess unemployment unchanged', async () => {
    const model = (await buildLetterModel(database.db, { kind: 'orientation', release: releaseId, lang: 'da', date: LETTER_DATE })) as OrientationModel;
    expect(model.withFigure).toBe(14);
    expect(model.total).toBe(15);
    expect(model.clearest).toBe(3);
    const texts = await buildLetterDraftTexts(database.db, model);
    expect(texts.completeness).toContain('nye tal for 14 af de 15 indikatorer');
    expect(texts.missing).toBe(
      'Andel af kommunens ledere med etnisk minoritetsbaggrund: Økonomiforvaltningen har ikke leveret tal siden 2010. Tallene ventes 1. kvartal 2013.',
    );
    expect(texts.clearest).toMatch(/^Fremgangen er tydeligst i indsatsområde 3 \(En hånd til udsatte grupper og områder\)/);
    expect(texts.changes).toContain('Overledighed for borgere med etnisk minoritetsbaggrund: uændret (−0,1 procentpoint siden startmålingen');
    expect(texts.changesIntro).toContain('tolerance, tæller som uændret');

    const text = plain(letterToHtml(await buildLetterDocument(database.db, { kind: 'orientation', release: releaseId, lang: 'da', date: LETTER_DATE })));
    expect(text).toContain('nye tal for 14 af de 15 indikatorer');
    expect(text).toContain('Økonomiforvaltningen har ikke leveret tal siden 2010. Tallene ventes 1. kvartal 2013.');
    expect(text).toContain('tydeligst i indsatsområde 3');
    expect(text).toContain('Overledighed for borgere med etnisk minoritetsbaggrund: uændret');
    expect(text).toContain('Bilag 1: Resumé af udviklingen');
    expect(text).toContain('Bilag 2: Gennemgang pr. indsatsområde');
  });

  it('in English: the same facts', async () => {
    const text = plain(letterToHtml(await buildLetterDocument(database.db, { kind: 'orientation', release: releaseId, lang: 'en', date: LETTER_DATE })));
    expect(text).toContain('new figures for 14 of the 15 indicators');
    expect(text).toContain(
      "Share of the municipality's managers with an ethnic-minority background: Finance Administration has not delivered figures since 2010. Expected: First quarter of 2013.",
    );
    expect(text).toContain('Progress is clearest in focus area 3');
    expect(text).toMatch(/Excess unemployment[^:]*: unchanged \(−0\.1 percentage points since the baseline/);
    expect(text).toContain('Annex 1: Summary of developments');
  });

  it("lists the coming deadlines of the 2013 cycle from the letter's date", async () => {
    const model = (await buildLetterModel(database.db, { kind: 'orientation', release: releaseId, lang: 'da', date: LETTER_DATE })) as OrientationModel;
    expect(model.deadlines.length).toBeGreaterThan(0);
    expect(model.deadlines.every((d) => d.date >= LETTER_DATE)).toBe(true);
    expect(model.deadlines.map((d) => d.date)).toContain('2013-05-16');
  });
});
