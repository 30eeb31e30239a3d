// The letters about January 2013 must read the policy as seed 000's letter
// does: overall yellow, not much closer to the goals, with the distribution
// stated; and the challenge letter must not call a committee green when
// fewer than half of the goals it leads go forward. Both engines, both languages.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildLetterModel } from '../../src/services/letters/build-letter.js';
import { ENGINES, createTestDatabase } from '../support/databases.js';
import type { TestDatabase } from '../support/databases.js';
import { LETTER_DATE, loadFullDemo } from './support.js';

describe.each(ENGINES)('the overall verdict of the January 2013 letters on %s', (engine) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(engine);
    await loadFullDemo(database.db);
  }, 120_000);
  afterAll(() => database.drop());

  it.each([
    ['da', 'ikke kommet meget nærmere', '5 af 14 i fremgang, 6 uændrede og 3 i tilbagegang; 1 uden data'],
    ['en', 'not come much closer', '5 of 14 forward, 6 unchanged and 3 back; 1 without data'],
  ] as const)('orientation letter and annual report in %s read yellow, not much closer', async (lang, reading, distribution) => {
    for (const kind of ['orientation', 'report'] as const) {
      const model = await buildLetterModel(database.db, { kind, lang, release: 'latest', date: LETTER_DATE });
      if (model.kind === 'challenge' || model.kind === 'red_twice') throw new Error('expected a policy letter');
      expect(model.overall).toMatchObject({ colour: 'yellow', distribution });
      expect(model.overall.reading).toContain(reading);
    }
  });

  it.each(['da', 'en'] as const)('the challenge letter in %s does not call the committee green on 2 of 4 goals', async (lang) => {
    const model = await buildLetterModel(database.db, { kind: 'challenge', lang, committeeCode: 'SOU', release: 'latest', date: LETTER_DATE });
    if (model.kind !== 'challenge') throw new Error('expected a challenge letter');
    expect(model.colour).toBe('yellow');
    expect(model.distribution).toBe(lang === 'da' ? '2 af 4 i fremgang og 2 uændrede' : '2 of 4 forward and 2 unchanged');
  });
});
