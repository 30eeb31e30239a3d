// Refuses a workbook that would unpack to more than an import can take, before
// exceljs reads it: a few megabytes of ZIP can hold gigabytes of XML (a
// decompression bomb), and exceljs keeps every shared string and style in
// memory. The sizes in the ZIP's directory are checked first (a bomb that
// declares its size is refused at once); then every part is inflated, counting
// the bytes it really gives and stopping as soon as it gives more than it
// declared, so a bomb that lies costs no more than the limit. The shared
// strings are counted on the way. Memory stays at one chunk whatever the file.
import { Readable } from 'node:stream';
import { createInflateRaw } from 'node:zlib';
import { fileProblem } from './problem.js';
import type { ImportProblem } from './problem.js';
import { readZipDirectory } from './zip-directory.js';
import type { ZipEntry } from './zip-directory.js';

export interface XlsxLimits {
  /** All parts together, unpacked. */
  readonly unpackedBytes: number;
  /** The shared strings part, unpacked (exceljs keeps it all in memory). */
  readonly sharedStringBytes: number;
  readonly sharedStrings: number;
  /** The styles part, unpacked (kept in memory too). */
  readonly styleBytes: number;
  readonly parts: number;
}

const MB = 1024 * 1024;

/** A figures workbook: up to a million rows of template, read as a stream. */
export const FIGURE_WORKBOOK_LIMITS: XlsxLimits = Object.freeze({
  unpackedBytes: 200 * MB,
  sharedStringBytes: 32 * MB,
  sharedStrings: 500_000,
  styleBytes: 8 * MB,
  parts: 1000,
});

const SHARED_STRINGS = 'xl/sharedStrings.xml';
const STYLES = 'xl/styles.xml';

const tooLarge = (message: string) => fileProblem('file_too_large', `${message} An import takes at most this much; split the file, or save it as CSV.`);
const unreadable = (reason: string) => fileProblem('unreadable_file', `The workbook cannot be read (${reason}); save it again as .xlsx.`);
const megabytes = (bytes: number) => `${(bytes / MB).toFixed(1)} MB`;

/** The problem that refuses the workbook, or null when it is within the limits. */
export async function checkXlsxSize(zip: Buffer, limits: XlsxLimits): Promise<ImportProblem | null> {
  const directory = readZipDirectory(zip, limits.parts);
  if (!directory.ok)
    return directory.reason.startsWith('it has ') ? tooLarge(`The workbook has more than ${limits.parts} parts.`) : unreadable(directory.reason);
  const declared = directory.entries.reduce((sum, entry) => sum + entry.declaredSize, 0);
  if (declared > limits.unpackedBytes) return tooLarge(`The workbook unpacks to ${megabytes(declared)}, more than ${megabytes(limits.unpackedBytes)}.`);
  for (const entry of directory.entries) {
    const cap = entry.name === SHARED_STRINGS ? limits.sharedStringBytes : entry.name === STYLES ? limits.styleBytes : Infinity;
    if (entry.declaredSize > cap)
      return tooLarge(`Its ${entry.name === STYLES ? 'styles' : 'shared texts'} unpack to ${megabytes(entry.declaredSize)}, more than ${megabytes(cap)}.`);
  }
  for (const entry of directory.entries) {
    const problem = await inflateWithin(entry, entry.name === SHARED_STRINGS ? limits.sharedStrings : Infinity);
    if (problem) return problem;
  }
  return null;
}

/** `<si>` or `<si ` opens a shared string; a tag split between two chunks is caught by keeping the last bytes of each. */
const SHARED_STRING_TAG = /<si[\s>]/g;

async function inflateWithin(entry: ZipEntry, maxStrings: number): Promise<ImportProblem | null> {
  if (entry.method === 0) return null; // stored: its size was checked against the directory
  let bytes = 0;
  let strings = 0;
  let tail = '';
  const inflater = Readable.from([entry.data]).pipe(createInflateRaw());
  try {
    for await (const chunk of inflater as AsyncIterable<Buffer>) {
      bytes += chunk.length;
      if (bytes > entry.declaredSize) {
        return fileProblem(
          'file_too_large',
          `Its part ${entry.name} unpacks to more than the ${entry.declaredSize} bytes it declares: the workbook is damaged, or made to overload the server.`,
        );
      }
      if (maxStrings !== Infinity) {
        const text = tail + chunk.toString('latin1');
        strings += text.match(SHARED_STRING_TAG)?.length ?? 0;
        if (strings > maxStrings) return tooLarge(`The workbook has more than ${maxStrings.toLocaleString('en')} different texts.`);
        tail = text.slice(-3);
      }
    }
  } catch (error) {
    return unreadable(`${entry.name}: ${(error as Error).message}`);
  } finally {
    inflater.destroy();
  }
  return bytes === entry.declaredSize ? null : unreadable(`${entry.name} is shorter than it declares`);
}
