// A multipart body that is produced as it is read, as a slow or hostile
// client sends it: the test can then tell how much of it the server pulled.
// Parts are text fields or files; a part's content may be a length of filler
// bytes made on demand, so a 14 MB field costs the test no 14 MB buffer.
import { Readable } from 'node:stream';

export interface StreamedPart {
  readonly name: string;
  /** Present for a file part. */
  readonly filename?: string;
  readonly content: string | Buffer | { readonly filler: number };
}

export interface StreamedBody {
  readonly stream: Readable;
  readonly contentType: string;
  readonly totalBytes: number;
  /** How many bytes the reader has taken so far. */
  bytesRead(): number;
}

const BOUNDARY = '----barometer-streamed-boundary';
const CHUNK = 64 * 1024;

function* chunksOf(parts: readonly StreamedPart[]): Generator<Buffer> {
  for (const part of parts) {
    const disposition = part.filename === undefined ? `form-data; name="${part.name}"` : `form-data; name="${part.name}"; filename="${part.filename}"`;
    const type = part.filename === undefined ? '' : 'Content-Type: application/octet-stream\r\n';
    yield Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: ${disposition}\r\n${type}\r\n`);
    if (typeof part.content === 'string') yield Buffer.from(part.content);
    else if (Buffer.isBuffer(part.content)) yield part.content;
    else for (let left = part.content.filler; left > 0; left -= CHUNK) yield Buffer.alloc(Math.min(CHUNK, left), 'a');
    yield Buffer.from('\r\n');
  }
  yield Buffer.from(`--${BOUNDARY}--\r\n`);
}

const sizeOf = (content: StreamedPart['content']) =>
  typeof content === 'string' ? Buffer.byteLength(content) : Buffer.isBuffer(content) ? content.length : content.filler;

export function streamedMultipart(parts: readonly StreamedPart[]): StreamedBody {
  const chunks = chunksOf(parts);
  let read = 0;
  const totalBytes =
    [...chunksOf(parts.map((p) => ({ ...p, content: '' })))].reduce((n, c) => n + c.length, 0) + parts.reduce((n, p) => n + sizeOf(p.content), 0);
  const stream = new Readable({
    highWaterMark: CHUNK,
    read() {
      const next = chunks.next();
      if (next.done) return void this.push(null);
      read += next.value.length;
      this.push(next.value);
    },
  });
  return { stream, contentType: `multipart/form-data; boundary=${BOUNDARY}`, totalBytes, bytesRead: () => read };
}
