// A letter printed to PDF by Chromium, when Chromium is installed; and when
// it is not, one clear error naming what is missing and how to install it.
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChromiumMissing, findChromiumBinary } from '../../src/documents/chromium.js';
import { letterToPdf } from '../../src/documents/letter-pdf.js';
import { buildLetterDocument } from '../../src/services/letters/build-letter.js';
import { createTestDatabase } from '../support/databases.js';
import type { TestDatabase } from '../support/databases.js';
import { LETTER_DATE, loadFullDemo } from './support.js';

const CHROMIUM = '/usr/bin/chromium';

describe('PDF through Chromium', () => {
  it('says what is missing and how to install it when there is no Chromium', async () => {
    expect(() => findChromiumBinary(undefined, ['/nonexistent/chromium'])).toThrow(ChromiumMissing);
    expect(() => findChromiumBinary(undefined, ['/nonexistent/chromium'])).toThrow(
      'PDF needs Chromium, and none was found (looked for /nonexistent/chromium). Install it with "apt-get install chromium", or export the letter as DOCX or HTML instead.',
    );
  });

  describe.skipIf(!existsSync(CHROMIUM))(existsSync(CHROMIUM) ? 'with Chromium' : 'with Chromium — SKIPPED: /usr/bin/chromium is not installed', () => {
    let database: TestDatabase;
    beforeAll(async () => {
      database = await createTestDatabase('sqlite');
      await loadFullDemo(database.db);
    }, 120_000);
    afterAll(() => database.drop());

    it('prints the orientation letter on A4 pages', async () => {
      const letter = await buildLetterDocument(database.db, { kind: 'orientation', lang: 'da', release: 'latest', date: LETTER_DATE });
      const pdf = await letterToPdf(letter, { candidates: [CHROMIUM] });
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
      // The letter, then two annexes that each start on a new page.
      expect(pages.length).toBeGreaterThanOrEqual(3);
      expect(pdf.toString('latin1')).toMatch(/\/MediaBox\s*\[0 0 59[45]\.\d* 84[12]/);
    }, 60_000);
  });
});
