// The paragraphs of a DOCX file as plain text, for tests: a DOCX is a zip
// archive whose word/document.xml holds the text in <w:t> runs inside <w:p>
// paragraphs. Reads the zip's central directory with node:zlib only.
import { inflateRawSync } from 'node:zlib';

function zipEntry(zip: Buffer, name: string): Buffer {
  const endOfDirectory = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (endOfDirectory < 0) throw new Error('not a zip archive');
  const entries = zip.readUInt16LE(endOfDirectory + 10);
  let at = zip.readUInt32LE(endOfDirectory + 16);
  for (let i = 0; i < entries; i++) {
    const method = zip.readUInt16LE(at + 10);
    const compressedSize = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const localHeader = zip.readUInt32LE(at + 42);
    if (zip.toString('utf8', at + 46, at + 46 + nameLength) === name) {
      const dataStart = localHeader + 30 + zip.readUInt16LE(localHeader + 26) + zip.readUInt16LE(localHeader + 28);
      const data = zip.subarray(dataStart, dataStart + compressedSize);
      return method === 0 ? data : inflateRawSync(data);
    }
    at += 46 + nameLength + extraLength + commentLength;
  }
  throw new Error(`${name} is not in the archive`);
}

const unescapeXml = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** Every non-empty paragraph of the document, with its style when it has one: `[Heading1] Mål 1: …`. */
export function readDocxParagraphs(docx: Buffer): string[] {
  const xml = zipEntry(docx, 'word/document.xml').toString('utf8');
  return xml
    .split('</w:p>')
    .map((paragraph) => {
      const style = /<w:pStyle w:val="([^"]+)"/.exec(paragraph)?.[1];
      const text = [...paragraph.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => unescapeXml(m[1]!)).join('');
      return text ? `${style ? `[${style}] ` : ''}${text}` : '';
    })
    .filter(Boolean);
}
