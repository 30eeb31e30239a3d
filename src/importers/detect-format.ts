// The one format detector: which reader a source needs, from its name and
// first bytes, the same for a file at the command line and an upload in the
// browser (and, for spreadsheets, for the project import too).
import { sniffDelimiter } from './csv-records.js';
import type { ImportFormat } from './source-figure.js';

const extensionOf = (name: string) => /\.[^./\\]+$/.exec(name)?.[0].toLowerCase() ?? '';

/** An XLSX workbook is a zip archive, which starts with `PK\x03\x04`. */
const isZip = (head: Uint8Array) => head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;

/** A workbook by its name, or by its first bytes whatever its name (Excel files often travel as `.csv`). */
export function isXlsx(name: string, head: Uint8Array): boolean {
  return extensionOf(name) === '.xlsx' || isZip(head);
}

/** Barometer's template unless the name says JSON or the first line starts like Open SDG (`Year`). */
export function detectFormat(name: string, head: Uint8Array): ImportFormat {
  if (extensionOf(name) === '.json') return 'jsonstat';
  if (isXlsx(name, head)) return 'barometer';
  // Only the first cell matters and it is ASCII, so a lenient decode of the head is enough here.
  const firstLine = new TextDecoder('utf-8').decode(head).split(/\r?\n/)[0] ?? '';
  const cells = firstLine.split(sniffDelimiter(firstLine)).map((c) => c.replace(/"/g, '').trim().toLowerCase());
  // An Open SDG file that does not end with Value is still read as Open SDG, and refused with its reason.
  return cells[0] === 'year' ? 'opensdg' : 'barometer';
}
