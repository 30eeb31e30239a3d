// Where an import's bytes come from: an upload held in memory, a file on
// disk, or (JSON-stat only) a URL. The readers take bytes as a stream of
// chunks, so an upload and a file of a million rows go through the same
// code and get the same problems.
import { createReadStream } from 'node:fs';
import { open, readFile, stat } from 'node:fs/promises';

/** A file the browser sent: its name (no path) and its bytes, never written to disk. */
export interface UploadedBytes {
  readonly name: string;
  readonly bytes: Uint8Array;
}

export interface FileLocation {
  readonly path: string;
}

export interface UrlLocation {
  readonly url: string;
}

export type SourceInput = UploadedBytes | FileLocation | UrlLocation;

/** Input whose bytes can be read here (a URL is fetched by the JSON-stat reader). */
export type LocalInput = UploadedBytes | FileLocation;

/** The command line's FILE|URL argument. */
export function sourceAt(location: string): FileLocation | UrlLocation {
  return /^https?:\/\//i.test(location) ? { url: location } : { path: location };
}

/** The name problems and reports give the source: the upload's name, the path or the URL. */
export function nameOf(input: SourceInput): string {
  if ('url' in input) return input.url;
  return 'path' in input ? input.path : input.name;
}

const CHUNK_BYTES = 64 * 1024;
const HEAD_BYTES = 4096;

/** The bytes as chunks. A file is opened only when reading starts, so a source that is never read leaves no stream behind. */
export async function* byteChunks(input: LocalInput): AsyncGenerator<Uint8Array> {
  if ('path' in input) {
    yield* createReadStream(input.path, { highWaterMark: CHUNK_BYTES });
    return;
  }
  for (let start = 0; start < input.bytes.length; start += CHUNK_BYTES) yield input.bytes.subarray(start, start + CHUNK_BYTES);
}

/** The first bytes, enough to tell a format by; none when a file cannot be opened (its reader then reports why). */
export async function readHead(input: LocalInput): Promise<Uint8Array> {
  if (!('path' in input)) return input.bytes.subarray(0, HEAD_BYTES);
  try {
    const handle = await open(input.path, 'r');
    try {
      const buffer = Buffer.alloc(HEAD_BYTES);
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
      return buffer.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  } catch {
    return new Uint8Array(0);
  }
}

/** True for a folder on disk (an Open SDG repository given whole). */
export async function isDirectory(path: string): Promise<boolean> {
  return stat(path).then(
    (s) => s.isDirectory(),
    () => false,
  );
}

export async function byteLength(input: LocalInput): Promise<number> {
  return 'path' in input ? (await stat(input.path)).size : input.bytes.length;
}

/** The whole input as UTF-8 text, without a byte order mark: for mapping, metadata and JSON files, which are small and UTF-8 by their specifications. */
export async function readWholeText(input: LocalInput): Promise<string> {
  const bytes = 'path' in input ? await readFile(input.path) : input.bytes;
  return new TextDecoder('utf-8').decode(bytes);
}
