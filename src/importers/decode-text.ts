// Bytes to text for spreadsheet CSV files, as they arrive, without guessing
// wrong. A file is UTF-8 (with or without a byte order mark) unless its first
// non-ASCII byte is not valid UTF-8; then it is Windows-1252, which is what
// Danish Excel writes by default. Up to that byte both encodings read the
// same (plain ASCII), so switching there decodes the whole file exactly as
// Windows-1252. Anything else is refused rather than read wrongly: UTF-16, a
// binary file, text that mixes both encodings, or bytes Windows-1252 leaves
// undefined.

export class EncodingRefused extends Error {}

export type TextEncodingName = 'utf-8' | 'windows-1252';

const UTF8_BOM = [0xef, 0xbb, 0xbf];
/** A well-formed two- or three-byte UTF-8 sequence, which Windows-1252 text (Danish at least) does not produce. */
function holdsUtf8Sequence(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length - 1; i++) {
    const lead = bytes[i]!;
    if (lead < 0xc2 || lead > 0xef) continue;
    const isContinuation = (b: number | undefined) => b !== undefined && b >= 0x80 && b <= 0xbf;
    if (isContinuation(bytes[i + 1]) && (lead < 0xe0 || isContinuation(bytes[i + 2]))) return true;
  }
  return false;
}

// Bytes that Windows-1252 does not define; TextDecoder turns them into C1 controls.
const UNDEFINED_IN_1252 = /[\u0081\u008d\u008f\u0090\u009d]/;

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

function firstNonAscii(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0x80) return i;
  return -1;
}

/** True when the bytes at `at` begin a well-formed UTF-8 sequence (or one cut off by the chunk's end). */
function beginsUtf8Sequence(bytes: Uint8Array, at: number): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(at, at + 4), { stream: true });
    return true;
  } catch {
    return false;
  }
}

/**
 * Decodes a byte stream to text chunks; `encoding()` tells which encoding was
 * used once the stream is read. Throws EncodingRefused for text it will not read.
 */
export function createTextDecoder(chunks: AsyncIterable<Uint8Array>) {
  let encoding: TextEncodingName = 'utf-8';
  async function* decode(): AsyncGenerator<string> {
    let utf8: TextDecoder | null = new TextDecoder('utf-8', { fatal: true });
    let cp1252: TextDecoder | null = null;
    let first = true;
    let sawNonAscii = false;
    for await (const raw of chunks) {
      let bytes = raw;
      if (first && bytes.length > 0) {
        first = false;
        if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
          throw new EncodingRefused('The file is UTF-16 text; save it as "CSV UTF-8" instead.');
        }
        if (startsWith(bytes, UTF8_BOM)) {
          bytes = bytes.subarray(3);
          sawNonAscii = true; // a BOM settles it: UTF-8, and nothing else
        }
      }
      if (bytes.indexOf(0) >= 0) throw new EncodingRefused('The file holds binary data, not text (is it a spreadsheet saved under a .csv name?).');
      if (utf8) {
        try {
          const text = utf8.decode(bytes, { stream: true });
          if (!sawNonAscii && firstNonAscii(bytes) >= 0) sawNonAscii = true;
          if (text) yield text;
          continue;
        } catch {
          const at = firstNonAscii(bytes);
          if (sawNonAscii || (at >= 0 && beginsUtf8Sequence(bytes, at))) {
            throw new EncodingRefused('The file mixes UTF-8 with another encoding; save it again as "CSV UTF-8".');
          }
          utf8 = null;
          cp1252 = new TextDecoder('windows-1252');
          encoding = 'windows-1252';
        }
      }
      const text = cp1252!.decode(bytes, { stream: true });
      if (holdsUtf8Sequence(bytes)) {
        throw new EncodingRefused('The file mixes Windows-1252 with UTF-8; save it again as "CSV UTF-8".');
      }
      if (UNDEFINED_IN_1252.test(text)) {
        throw new EncodingRefused('The file is neither UTF-8 nor Windows-1252 text; save it again as "CSV UTF-8".');
      }
      if (text) yield text;
    }
    if (utf8) {
      try {
        const rest = utf8.decode();
        if (rest) yield rest;
      } catch {
        throw new EncodingRefused('The file ends in the middle of a UTF-8 character.');
      }
    }
  }
  return { text: decode(), encoding: () => encoding };
}
