// A letter about an earlier release judges the figures as they were when it
// was published: later figures are left out and a later revision is undone.
// In the demo data the January 2013 release revised the provisional 2011
// employment rate (52.0) to Statistics Denmark's final 52.1.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OrientationModel } from '../../src/domain/letters/view-models.js';
import { buildLetterDraftTexts, buildLetterModel } from '../../src/services/letters/build-letter.js';
import { ENGINES, createTestDatabase } from '../support/databases.js';
import type { TestDatabase } from '../support/databases.js';
import { loadFullDemo } from './support.js';

describe.each(ENGINES)('letters about an earlier release on %s', (engine) => {
  let database: TestDatabase;
  const releaseId = async (titleEn: string) =>
    (await database.db.selectFrom('releases').select('id').where('title_en', '=', titleEn).executeTakeFirstOrThrow()).id;
  const indicators = (model: OrientationModel) => model.areas.flatMap((a) => a.goals.flatMap((g) => g.indicators));

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    await loadFullDemo(database.db);
  }, 120_000);
  afterAll(() => database.drop());

  it('judge the figures published by that release, with the value live then', async () => {
    const january2012 = (await buildLetterModel(database.db, {
      kind: 'orientation',
      release: await releaseId('New figures, January 2012'),
      lang: 'da',
      date: '2012-01-20',
    })) as OrientationModel;
    expect(january2012.context.release.publishedOn).toBe('2012-01-16');
    const latest = indicators(january2012).map((i) => i.latest ?? '');
    expect(latest.filter((l) => l.includes('(2012)'))).toEqual([]);
    expect(indicators(january2012).find((i) => i.code === 'beskaeftigelsesfrekvens')?.latest).toBe('52,0 % (2011)');
    expect(indicators(january2012).find((i) => i.code === 'tryghed')?.latest).toMatch(/\(2011\)$/);

    const january2013 = (await buildLetterModel(database.db, {
      kind: 'orientation',
      release: await releaseId('New figures, January 2013'),
      lang: 'da',
      date: '2013-01-21',
    })) as OrientationModel;
    expect(indicators(january2013).find((i) => i.code === 'beskaeftigelsesfrekvens')?.latest).toBe('52,4 % (2012)');
  });

  it('for the baseline release, nothing has moved yet', async () => {
    const baseline = (await buildLetterModel(database.db, {
      kind: 'orientation',
      release: await releaseId('First measurements (baseline 2010)'),
      lang: 'en',
      date: '2011-04-05',
    })) as OrientationModel;
    expect(indicators(baseline).every((i) => i.latest === null || i.latest.endsWith('(2010)'))).toBe(true);
    expect(baseline.clearest).toBeNull();
  });

  it('say so in the report when the year has no statements', async () => {
    const texts = await buildLetterDraftTexts(
      database.db,
      await buildLetterModel(database.db, { kind: 'report', release: await releaseId('New figures, January 2012'), lang: 'da', date: '2012-08-15' }),
    );
    expect(texts.noStatements).toBe('Årshjulet for 2012 har ingen redegørelser fra udvalgene.');
    expect(texts).not.toHaveProperty('statementsIntro');
  });
});
