// The entries of a ZIP file (an XLSX workbook is one), read from its central
// directory, with each entry's compressed bytes located through its local
// header. The sizes a ZIP declares are only claims: xlsx-size-check.ts
// inflates every entry to hold them to the truth.
//
// exceljs's streaming reader does not read the central directory: it walks
// the local headers from the start of the file (unzipper's Parse). So the
// entries are accepted only when that walk finds exactly these entries, end
// to end, with nothing hidden between them: the bytes checked here are then
// the bytes exceljs reads. Workbooks written by Excel, LibreOffice and
// exceljs have this shape; anything else is refused as unreadable.

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_DIRECTORY = 0x06054b50;
const DATA_DESCRIPTOR = Buffer.from([0x50, 0x4b, 0x07, 0x08]);
const HAS_DATA_DESCRIPTOR = 0x08;

export interface ZipEntry {
  readonly name: string;
  /** 0 stored, 8 deflated. */
  readonly method: number;
  readonly declaredSize: number;
  /** The entry's compressed bytes. */
  readonly data: Buffer;
}

export type ZipDirectory = { readonly ok: true; readonly entries: readonly ZipEntry[] } | { readonly ok: false; readonly reason: string };

const refuse = (reason: string): ZipDirectory => ({ ok: false, reason });

function findEndOfDirectory(zip: Buffer): number {
  // The end record is 22 bytes plus a comment of at most 65,535.
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 0xffff); at--) {
    if (zip.readUInt32LE(at) === END_OF_DIRECTORY) return at;
  }
  return -1;
}

interface CentralEntry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly declaredSize: number;
  readonly localOffset: number;
}

function readCentralDirectory(zip: Buffer, end: number, maxEntries: number): CentralEntry[] | string {
  const count = zip.readUInt16LE(end + 10);
  const offset = zip.readUInt32LE(end + 16);
  if (count === 0xffff || offset === 0xffffffff) return 'ZIP64 workbooks are not read';
  if (count > maxEntries) return `it has ${count} parts`;
  const entries: CentralEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || zip.readUInt32LE(at) !== CENTRAL_HEADER) return 'its directory is damaged';
    const nameLength = zip.readUInt16LE(at + 28);
    entries.push({
      name: zip.toString('utf8', at + 46, at + 46 + nameLength),
      method: zip.readUInt16LE(at + 10),
      compressedSize: zip.readUInt32LE(at + 20),
      declaredSize: zip.readUInt32LE(at + 24),
      localOffset: zip.readUInt32LE(at + 42),
    });
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return at === end ? entries : 'its directory is damaged';
}

/** The entries, or why the file is not a ZIP read here. */
export function readZipDirectory(zip: Buffer, maxEntries: number): ZipDirectory {
  const end = findEndOfDirectory(zip);
  if (end < 0) return refuse('it is not a ZIP file');
  const central = readCentralDirectory(zip, end, maxEntries);
  if (typeof central === 'string') return refuse(central);
  const directoryStart = zip.readUInt32LE(end + 16);
  const entries: ZipEntry[] = [];
  let at = 0;
  for (const entry of [...central].sort((a, b) => a.localOffset - b.localOffset)) {
    if (entry.localOffset !== at || at + 30 > directoryStart || zip.readUInt32LE(at) !== LOCAL_HEADER) return refuse('its parts do not follow one another');
    const flags = zip.readUInt16LE(at + 6);
    const method = zip.readUInt16LE(at + 8);
    const localCompressedSize = zip.readUInt32LE(at + 18);
    const nameLength = zip.readUInt16LE(at + 26);
    const dataStart = at + 30 + nameLength + zip.readUInt16LE(at + 28);
    const dataEnd = dataStart + entry.compressedSize;
    if (zip.toString('utf8', at + 30, at + 30 + nameLength) !== entry.name) return refuse('its parts do not match its directory');
    if ((method !== 0 && method !== 8) || method !== entry.method) return refuse(`a part is compressed with method ${method}`);
    if (dataEnd > directoryStart) return refuse('a part runs past the end');
    // Where the streaming reader ends the entry: at the declared size, or
    // (sizes deferred to a data descriptor) at the first descriptor signature.
    if ((flags & HAS_DATA_DESCRIPTOR) !== 0 && localCompressedSize === 0) {
      if (zip.indexOf(DATA_DESCRIPTOR, dataStart) !== dataEnd) return refuse('a part does not end where its directory says');
      at = dataEnd + 16;
    } else {
      if (localCompressedSize !== entry.compressedSize) return refuse('a part does not end where its directory says');
      at = dataEnd;
    }
    if (method === 0 && entry.compressedSize !== entry.declaredSize) return refuse('a stored part has two sizes');
    entries.push({ name: entry.name, method, declaredSize: entry.declaredSize, data: zip.subarray(dataStart, dataEnd) });
  }
  return at === directoryStart ? { ok: true, entries } : refuse('there are bytes between its parts');
}
