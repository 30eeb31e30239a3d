// A generated DOCX must open in LibreOffice: converting it to PDF headless
// succeeds and gives a PDF. Each run uses its own LibreOffice profile so
// parallel runs do not collide. Skipped, visibly, only where LibreOffice is
// not installed (.ci/run installs it).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { letterToDocx } from '../../src/documents/letter-docx.js';
import { buildLetterDocument } from '../../src/services/letters/build-letter.js';
import { createTestDatabase } from '../support/databases.js';
import type { TestDatabase } from '../support/databases.js';
import { LETTER_DATE, loadFullDemo } from './support.js';

function findSoffice(): string | null {
  const found = spawnSync('sh', ['-c', 'command -v soffice || command -v libreoffice'], { encoding: 'utf8' });
  const path = found.stdout.trim().split('\n')[0];
  return found.status === 0 && path ? path : null;
}

const soffice = findSoffice();
const reason = 'LibreOffice (soffice) is not on PATH; install it with apt-get install libreoffice-writer-nogui';

describe.skipIf(!soffice)(soffice ? 'a generated DOCX opens in LibreOffice' : `a generated DOCX opens in LibreOffice — SKIPPED: ${reason}`, () => {
  let database: TestDatabase;
  let dir: string;
  beforeAll(async () => {
    database = await createTestDatabase('sqlite');
    await loadFullDemo(database.db);
    dir = mkdtempSync(join(tmpdir(), 'barometer-letters-lo-'));
  }, 120_000);
  afterAll(async () => {
    await database.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it.each(['orientation', 'challenge', 'report'] as const)(
    'the %s letter converts to PDF',
    (kind) => {
      return (async () => {
        const letter = await buildLetterDocument(database.db, { kind, committeeCode: 'SOU', lang: 'da', release: 'latest', date: LETTER_DATE });
        const file = join(dir, `${kind}.docx`);
        writeFileSync(file, await letterToDocx(letter));
        execFileSync(soffice!, [`-env:UserInstallation=file://${join(dir, `profile-${kind}`)}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, file], {
          timeout: 90_000,
          stdio: 'pipe',
        });
        const pdf = join(dir, `${kind}.pdf`);
        expect(existsSync(pdf)).toBe(true);
        const bytes = readFileSync(pdf);
        expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
        expect(bytes.length).toBeGreaterThan(5_000);
      })();
    },
    120_000,
  );
});
