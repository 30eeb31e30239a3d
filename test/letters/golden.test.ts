// Golden files of every letter built from the demo data, in Danish and
// English: the HTML as exported and the text of the DOCX. Both engines must
// give the same bytes. After an intended change of wording or layout,
// refresh them with `UPDATE_GOLDEN=1 npx vitest run test/letters/golden.test.ts`
// and read the diff before committing it.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { letterToDocx } from '../../src/documents/letter-docx.js';
import { letterToHtml } from '../../src/documents/letter-html.js';
import type { LetterKind } from '../../src/domain/letters/view-models.js';
import { buildLetterDocument } from '../../src/services/letters/build-letter.js';
import { ENGINES, createTestDatabase } from '../support/databases.js';
import type { TestDatabase } from '../support/databases.js';
import { LETTER_DATE, docxText, loadFullDemo } from './support.js';

const GOLDEN = fileURLToPath(new URL('../golden/letters/', import.meta.url));
const UPDATE = process.env.UPDATE_GOLDEN === '1';

const REPORT_DATE = '2013-08-15';
const RED_TWICE_DATE = '2012-07-20';
const CASES: readonly { kind: LetterKind; lang: 'da' | 'en'; committeeCode?: string; withEconomy?: boolean; date: string }[] = [
  { kind: 'orientation', lang: 'da', date: LETTER_DATE },
  { kind: 'orientation', lang: 'en', date: LETTER_DATE },
  { kind: 'challenge', lang: 'da', committeeCode: 'SOU', withEconomy: true, date: LETTER_DATE },
  { kind: 'challenge', lang: 'en', committeeCode: 'SOU', withEconomy: true, date: LETTER_DATE },
  { kind: 'report', lang: 'da', date: REPORT_DATE },
  { kind: 'report', lang: 'en', date: REPORT_DATE },
  // Jobpatruljer i udsatte boligområder, rated red in 2012 Q1 and Q2.
  { kind: 'red_twice', lang: 'da', date: RED_TWICE_DATE },
  { kind: 'red_twice', lang: 'en', date: RED_TWICE_DATE },
];
const FILING = { caseNumber: '2013-0004711', documentNumber: '2013-0123456' };

function compareWithGolden(name: string, actual: string): void {
  const file = join(GOLDEN, name);
  if (UPDATE || !existsSync(file)) {
    if (!UPDATE) throw new Error(`${name} has no golden file yet; run with UPDATE_GOLDEN=1 to write it.`);
    mkdirSync(GOLDEN, { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  expect(actual, `${name} differs from its golden file (UPDATE_GOLDEN=1 refreshes it)`).toBe(readFileSync(file, 'utf8'));
}

describe.each(ENGINES)('letters from the demo data match their golden files on %s', (engine) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(engine);
    await loadFullDemo(database.db);
  }, 120_000);
  afterAll(() => database.drop());

  it.each(CASES)('$kind in $lang', async ({ kind, lang, committeeCode, withEconomy, date }) => {
    const project = await database.db.selectFrom('projects').select('id').where('title', '=', 'Jobpatruljer i udsatte boligområder').executeTakeFirstOrThrow();
    const projectId = kind === 'red_twice' ? project.id : undefined;
    const letter = await buildLetterDocument(database.db, { kind, lang, committeeCode, withEconomy, projectId, release: 'latest', date, filing: FILING });
    const name = `${kind}-${lang}`;
    compareWithGolden(`${name}.html`, letterToHtml(letter));
    compareWithGolden(`${name}.docx.txt`, docxText(await letterToDocx(letter)));
  });
});
