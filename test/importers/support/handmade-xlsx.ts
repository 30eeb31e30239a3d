// Minimal XLSX workbooks written by hand, for the tests of what an import
// refuses: a ZIP container around a few XML parts, where a part may be a few
// kilobytes repeated millions of times. Such a part is deflated once per
// distinct piece with a full flush (which resets the compressor's memory), so
// its compressed blocks can simply be repeated: a 4.8 GB part costs the test
// a few megabytes and no time. Sizes may be declared falsely, as a bomb would.
import { constants, deflateRawSync } from 'node:zlib';

export interface RepeatedPart {
  readonly head: string;
  /** The piece repeated `times` times between head and tail. */
  readonly piece: string;
  readonly times: number;
  readonly tail: string;
}

export interface HandmadePart {
  readonly name: string;
  readonly content: string | RepeatedPart;
  /** The unpacked size the ZIP declares; the true size when not given. */
  readonly declaredSize?: number;
}

const flushed = (text: string) => deflateRawSync(Buffer.from(text, 'utf8'), { level: 9, finishFlush: constants.Z_FULL_FLUSH });

function deflated(content: string | RepeatedPart): { data: Buffer; size: number } {
  if (typeof content === 'string') return { data: deflateRawSync(Buffer.from(content, 'utf8')), size: Buffer.byteLength(content) };
  const piece = flushed(content.piece);
  const tail = deflateRawSync(Buffer.from(content.tail, 'utf8'), { level: 9 }); // ends with the final block
  const data = Buffer.concat([flushed(content.head), ...Array.from({ length: content.times }, () => piece), tail]);
  const size = Buffer.byteLength(content.head) + Buffer.byteLength(content.piece) * content.times + Buffer.byteLength(content.tail);
  return { data, size };
}

/** The ZIP bytes of the parts, each deflated, with local headers, central directory and end record. */
export function handmadeZip(parts: readonly HandmadePart[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, 'utf8');
    const { data, size } = deflated(part.content);
    const declared = (part.declaredSize ?? size) % 2 ** 32;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8); // deflated
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(declared, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(declared, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    centrals.push(central, name);
    offset += local.length + name.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`;
const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
const WORKBOOK = `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Tal" sheetId="1" r:id="rId1"/></sheets></workbook>`;
const WORKBOOK_RELS = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`;

/** A workbook of one sheet, its shared strings before it (as Excel writes them). */
export function handmadeWorkbook(
  sharedStrings: HandmadePart['content'],
  sheet: HandmadePart['content'],
  declared: { sharedStrings?: number; sheet?: number } = {},
): Buffer {
  return handmadeZip([
    { name: '[Content_Types].xml', content: CONTENT_TYPES },
    { name: '_rels/.rels', content: ROOT_RELS },
    { name: 'xl/workbook.xml', content: WORKBOOK },
    { name: 'xl/_rels/workbook.xml.rels', content: WORKBOOK_RELS },
    { name: 'xl/sharedStrings.xml', content: sharedStrings, ...(declared.sharedStrings === undefined ? {} : { declaredSize: declared.sharedStrings }) },
    { name: 'xl/worksheets/sheet1.xml', content: sheet, ...(declared.sheet === undefined ? {} : { declaredSize: declared.sheet }) },
  ]);
}

const SST = '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">';
const SHEET = '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';

/** Shared strings: the template's header texts, then `piece` repeated. */
export function sharedStringsOf(texts: readonly string[], repeated?: { piece: string; times: number }): HandmadePart['content'] {
  const head = SST + texts.map((t) => `<si><t>${t}</t></si>`).join('');
  return repeated ? { head, piece: repeated.piece, times: repeated.times, tail: '</sst>' } : `${head}</sst>`;
}

/** A sheet whose first row is the header (shared strings 0..n-1), then `piece` repeated as rows. */
export function sheetOf(headerCells: number, rows?: { piece: string; times: number }, body = ''): HandmadePart['content'] {
  const header = `<row r="1">${Array.from({ length: headerCells }, (_, i) => `<c r="${String.fromCharCode(65 + i)}1" t="s"><v>${i}</v></c>`).join('')}</row>`;
  const head = SHEET + header + body;
  return rows ? { head, piece: rows.piece, times: rows.times, tail: '</sheetData></worksheet>' } : `${head}</sheetData></worksheet>`;
}
