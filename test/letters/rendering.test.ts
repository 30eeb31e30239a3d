// The four letters rendered as a reader sees them: the DOCX through
// LibreOffice (soffice --headless --convert-to pdf) and the PDF as Chromium
// prints it, each page to PNG with pdftoppm (under /tmp/letter-pages/, to
// look at) and to text with pdftotext. The two renderings must have about
// the same number of pages, carry the sender block and the case and
// document numbers, never break a word of a table mid-word, and the PDF must
// embed IBM Plex Sans. Skipped, visibly, only where a tool is missing
// (.ci/run installs chromium, libreoffice-writer-nogui and poppler-utils).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isChromiumAvailable } from '../../src/documents/chromium.js';
import { letterToDocx } from '../../src/documents/letter-docx.js';
import { letterToPdf } from '../../src/documents/letter-pdf.js';
import { closeSharedPrinters } from '../../src/documents/pdf-printer.js';
import { cellText } from '../../src/domain/letters/document.js';
import type { Block, LetterDocument } from '../../src/domain/letters/document.js';
import { buildLetterDocument } from '../../src/services/letters/build-letter.js';
import type { LetterOrder } from '../../src/services/letters/build-letter.js';
import { createTestDatabase } from '../support/databases.js';
import type { TestDatabase } from '../support/databases.js';
import { LETTER_DATE, loadFullDemo } from './support.js';

const PAGES = '/tmp/letter-pages';
const FILING = { caseNumber: '2013-0004711', documentNumber: '2013-0123456' };

function onPath(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
}
const missing = [
  ...(onPath('soffice') ? [] : ['soffice (libreoffice-writer-nogui)']),
  ...(onPath('pdftoppm') && onPath('pdftotext') ? [] : ['pdftoppm/pdftotext (poppler-utils)']),
  ...(isChromiumAvailable() ? [] : ['chromium']),
];
const title = 'the four letters render alike in LibreOffice and Chromium';

function pageCount(pdf: string): number {
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  return Number(/^Pages:\s+(\d+)/m.exec(info)![1]);
}

const textOf = (pdf: string) => execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });

/** The text of every table's headers and cells. */
function tableTexts(letter: LetterDocument): string[] {
  const blocks: Block[] = [...letter.body, ...letter.annexes.flatMap((a) => a.blocks)];
  return blocks.flatMap((b) => (b.kind === 'table' ? [...b.header, ...b.rows.flat().map(cellText)] : []));
}

/** Table words that the text shows in two pieces on consecutive tokens (`Indsatsomr` `åde`, `uænd` `ret`). */
function brokenWords(text: string, tableText: readonly string[]): string[] {
  const words = new Set(tableText.flatMap((h) => h.split(/\s+/)).filter((w) => w.length >= 5));
  const tokens = text.split(/\s+/).filter((t) => t !== '');
  const broken: string[] = [];
  for (let i = 0; i + 1 < tokens.length; i += 1) {
    const joined = `${tokens[i]}${tokens[i + 1]}`;
    if (words.has(joined) || words.has(joined.replace(/-/, ''))) broken.push(`${tokens[i]}|${tokens[i + 1]}`);
  }
  return broken;
}

describe.skipIf(missing.length > 0)(missing.length > 0 ? `${title} — SKIPPED: missing ${missing.join(', ')}` : title, () => {
  let database: TestDatabase;
  let work: string;
  const orders: Record<string, Omit<LetterOrder, 'release' | 'lang' | 'date'>> = {};
  beforeAll(async () => {
    database = await createTestDatabase('sqlite');
    await loadFullDemo(database.db);
    const project = await database.db.selectFrom('projects').select('id').where('title', '=', 'Jobpatruljer i udsatte boligområder').executeTakeFirstOrThrow();
    orders.orientation = { kind: 'orientation' };
    orders.challenge = { kind: 'challenge', committeeCode: 'SOU', withEconomy: true };
    orders.report = { kind: 'report' };
    orders.red_twice = { kind: 'red_twice', projectId: project.id };
    work = mkdtempSync(join(tmpdir(), 'barometer-letter-pages-'));
    mkdirSync(PAGES, { recursive: true });
  }, 120_000);
  afterAll(async () => {
    await Promise.all([database.drop(), closeSharedPrinters()]);
    rmSync(work, { recursive: true, force: true });
  });

  it.each(['orientation', 'challenge', 'report', 'red_twice'])(
    'the %s letter',
    async (kind) => {
      const letter = await buildLetterDocument(database.db, { ...orders[kind]!, release: 'latest', lang: 'da', date: LETTER_DATE, filing: FILING });
      const docx = join(work, `${kind}.docx`);
      writeFileSync(docx, await letterToDocx(letter));
      execFileSync(
        'soffice',
        [`-env:UserInstallation=file://${join(work, `profile-${kind}`)}`, '--headless', '--convert-to', 'pdf', '--outdir', join(work, 'lo'), docx],
        {
          timeout: 120_000,
          stdio: 'pipe',
        },
      );
      const fromWord = join(work, 'lo', `${kind}.pdf`);
      const printed = join(work, `${kind}-chromium.pdf`);
      writeFileSync(printed, await letterToPdf(letter));

      for (const old of readdirSync(PAGES).filter((f) => f.startsWith(`${kind}-`))) rmSync(join(PAGES, old));
      execFileSync('pdftoppm', ['-r', '50', '-png', fromWord, join(PAGES, `${kind}-docx`)]);
      execFileSync('pdftoppm', ['-r', '50', '-png', printed, join(PAGES, `${kind}-pdf`)]);

      const [wordPages, pdfPages] = [pageCount(fromWord), pageCount(printed)];
      expect(readdirSync(PAGES).filter((f) => f.startsWith(`${kind}-pdf`))).toHaveLength(pdfPages);
      // The two renderers set type differently, but the same letter must come out at about the same length.
      expect(Math.abs(wordPages - pdfPages), `LibreOffice ${wordPages} pages, Chromium ${pdfPages}`).toBeLessThanOrEqual(Math.max(1, Math.ceil(pdfPages / 3)));

      const tables = tableTexts(letter);
      for (const [renderer, text] of [
        ['LibreOffice', textOf(fromWord)],
        ['Chromium', textOf(printed)],
      ] as const) {
        expect(text, renderer).toContain('Rådhuset');
        expect(text, renderer).toContain('Beskæftigelses- og Integrationsforvaltningen');
        expect(text, renderer).toContain('Anna Mee Allerslev');
        expect(text, renderer).toContain(`Sagsnr.: ${FILING.caseNumber}`);
        expect(text, renderer).toContain(`Dokumentnr.: ${FILING.documentNumber}`);
        expect(brokenWords(text, tables), `${renderer}: table words broken mid-word`).toEqual([]);
      }
      expect(execFileSync('pdffonts', [printed], { encoding: 'utf8' })).toMatch(/IBMPlexSans/);
    },
    240_000,
  );
});
