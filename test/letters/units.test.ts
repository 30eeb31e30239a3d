// The letters write each indicator's unit as the data has it in the letter's
// language: the English unit where one is written, the Danish one where none
// is (as every other reader does), never a word guessed from the Danish.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { letterToHtml } from '../../src/documents/letter-html.js';
import { buildLetterDocument } from '../../src/services/letters/build-letter.js';
import { ENGINES, createTestDatabase } from '../support/databases.js';
import type { TestDatabase } from '../support/databases.js';
import { LETTER_DATE, loadFullDemo } from './support.js';

describe.each(ENGINES)('units in the letters on %s', (engine) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(engine);
    await loadFullDemo(database.db);
  }, 120_000);
  afterAll(() => database.drop());

  const setEnglishUnit = (unitEn: string | null) =>
    database.db.updateTable('indicators').set({ unit_en: unitEn }).where('code', '=', 'karakterforskel').execute();
  const challengeLetter = async (lang: 'da' | 'en') =>
    letterToHtml(await buildLetterDocument(database.db, { kind: 'challenge', lang, committeeCode: 'SOU', release: 'latest', date: LETTER_DATE }));

  it('writes the English unit the indicator has', async () => {
    await setEnglishUnit('points on the 7-point scale');
    const english = await challengeLetter('en');
    expect(english).toContain(
      '<td>−1.3 points on the 7-point scale (2012)</td><td>−1.5 points on the 7-point scale (2010)</td><td>+0.2 points on the 7-point scale</td>',
    );
    expect(english).not.toContain('grade points');
    expect(await challengeLetter('da')).toContain('<td>−1,3 karakterpoint (2012)</td>');
  });

  it('falls back to the Danish unit where no English one is written', async () => {
    await setEnglishUnit(null);
    const english = await challengeLetter('en');
    expect(english).toContain('<td>−1.3 karakterpoint (2012)</td>');
    expect(english).not.toContain('grade points');
  });
});
