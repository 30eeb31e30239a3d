// The demo data the letters are tested on: the Copenhagen model and figures,
// the project bank and consultation catalogue, and the 2013 annual cycle with
// its committees' statements, loaded as `barometer demo` loads them.
import { strFromU8, unzipSync } from 'fflate';
import type { Kysely } from 'kysely';
import type { Database } from '../../src/db/tables.js';
import { loadDemoData } from '../../src/services/demo/load-demo-data.js';
import { readProjectDemoFile } from '../../src/services/demo/load-project-demo-data.js';
import { readDemoFile } from '../../src/services/demo/read-demo-file.js';
import { commandLineActor } from '../../src/domain/permissions.js';

export const DEMO_NOW = new Date('2026-11-22T10:00:00Z');
/** The day the letters about the January 2013 release are dated in the golden files. */
export const LETTER_DATE = '2013-01-21';

export async function loadFullDemo(db: Kysely<Database>): Promise<void> {
  await loadDemoData(db, await readDemoFile(), { projects: await readProjectDemoFile() }, { actor: commandLineActor('test'), now: DEMO_NOW });
}

/** The text of a DOCX, one paragraph a line, table cells separated by " | ". */
export function docxText(docx: Uint8Array): string {
  const xml = strFromU8(unzipSync(docx, { filter: (file) => file.name === 'word/document.xml' })['word/document.xml']!);
  const decode = (s: string) =>
    s
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&');
  const lines: string[] = [];
  for (const paragraph of xml.split(/<\/w:p>/)) {
    const texts = [...paragraph.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => decode(m[1]!));
    const inCell = /<w:tc[\s>]/.test(paragraph);
    lines.push((inCell ? '| ' : '') + texts.join(''));
  }
  return lines.filter((line) => line.trim() !== '' && line.trim() !== '|').join('\n') + '\n';
}
