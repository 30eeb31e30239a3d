// An uploaded file (and its optional mapping file) as an import source, read
// from the bytes in memory: the web upload never writes them to disk. The
// format is chosen the way the CLI chooses it (name, then first bytes), and
// the same readers and mapping checks run, so a file gets the same problems
// whether it comes in at the command line or through the browser.
import { Readable } from 'node:stream';
import { parse } from 'yaml';
import { readBarometerCsv } from '../../importers/barometer-csv.js';
import { readBarometerXlsx } from '../../importers/barometer-xlsx.js';
import { sniffDelimiter } from '../../importers/csv-records.js';
import { readJsonStat } from '../../importers/jsonstat.js';
import { checkMapping, jsonStatMappingSchema, openSdgMappingSchema } from '../../importers/mapping.js';
import type { MappingResult } from '../../importers/mapping.js';
import { openSdgIdFromFileName, readOpenSdgCsv } from '../../importers/opensdg-csv.js';
import { readOpenSdgMeta } from '../../importers/opensdg-meta.js';
import { fileProblem } from '../../importers/problem.js';
import { oneChunk, problemEvent } from '../../importers/source-figure.js';
import type { EventChunk, ImportFormat, ImportSource, IndicatorDraft } from '../../importers/source-figure.js';
import type { z } from 'zod';

export interface UploadedFile {
  /** The name the browser gave (no path). */
  readonly name: string;
  readonly bytes: Buffer;
}

export const IMPORT_FORMATS: readonly ImportFormat[] = ['barometer', 'opensdg', 'jsonstat'];

const isZip = (bytes: Buffer) => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
const extensionOf = (name: string) => /\.[^./\\]+$/.exec(name)?.[0].toLowerCase() ?? '';

/** The format of an upload, from its name and first bytes, as `detectFormat` does for files. */
export function detectUploadFormat(file: UploadedFile): ImportFormat {
  const extension = extensionOf(file.name);
  if (extension === '.json') return 'jsonstat';
  if (extension === '.xlsx' || isZip(file.bytes)) return 'barometer';
  const firstLine = file.bytes.subarray(0, 4096).toString('utf8').replace(/^\uFEFF/, '').split(/\r?\n/)[0] ?? '';
  const cells = firstLine.split(sniffDelimiter(firstLine)).map((c) => c.replace(/"/g, '').trim().toLowerCase());
  return cells[0] === 'year' ? 'opensdg' : 'barometer';
}

/** The bytes as a stream of chunks, the way a file stream gives them. */
async function* chunksOf(bytes: Buffer): AsyncGenerator<Uint8Array> {
  const size = 64 * 1024;
  for (let start = 0; start < bytes.length; start += size) yield bytes.subarray(start, start + size);
}

function readMapping<T>(schema: z.ZodType<T>, mapping: UploadedFile | undefined): MappingResult<T> {
  if (!mapping) return checkMapping(schema, {});
  let raw: unknown;
  try {
    raw = parse(mapping.bytes.toString('utf8'));
  } catch (error) {
    return { ok: false, problem: fileProblem('invalid_mapping', `The mapping file ${mapping.name} cannot be read: ${(error as Error).message}`) };
  }
  return checkMapping(schema, raw);
}

async function* readJsonStatBytes(bytes: Buffer, mapping: z.infer<typeof jsonStatMappingSchema>): AsyncGenerator<EventChunk> {
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  if (text.trim() === '') {
    yield [problemEvent(fileProblem('empty_file', 'The file is empty.'))];
    return;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    yield [problemEvent(fileProblem('unreadable_file', `The file is not readable JSON: ${(error as Error).message}`))];
    return;
  }
  yield* readJsonStat(json, mapping);
}

const failed = (format: ImportFormat, name: string, problem: ReturnType<typeof fileProblem>): ImportSource => ({
  format,
  name,
  indicatorDrafts: [],
  events: oneChunk(problemEvent(problem)),
});

export interface UploadOptions {
  readonly format?: ImportFormat;
  readonly mapping?: UploadedFile;
  /** Open SDG only: the indicator's metadata file (`meta/<id>.md`), which can define it when it does not exist. */
  readonly meta?: UploadedFile;
}

export function openUploadedSource(file: UploadedFile, options: UploadOptions): ImportSource {
  const format = options.format ?? detectUploadFormat(file);
  const name = file.name;
  if (format === 'barometer') {
    const xlsx = extensionOf(name) === '.xlsx' || isZip(file.bytes);
    return { format, name, indicatorDrafts: [], events: xlsx ? readBarometerXlsx(Readable.from([file.bytes])) : readBarometerCsv(chunksOf(file.bytes)) };
  }
  if (format === 'opensdg') {
    const mapping = readMapping(openSdgMappingSchema, options.mapping);
    if (!mapping.ok) return failed(format, name, mapping.problem);
    const code = mapping.mapping.indicator ?? openSdgIdFromFileName(name);
    const draft = options.meta ? readOpenSdgMeta(options.meta.bytes.toString('utf8'), code, mapping.mapping) : null;
    const drafts: IndicatorDraft[] = draft ? [draft] : [];
    return { format, name, indicatorDrafts: drafts, events: readOpenSdgCsv(chunksOf(file.bytes), code, mapping.mapping) };
  }
  if (!options.mapping) return failed(format, name, fileProblem('invalid_mapping', 'A JSON-stat import needs a mapping of its dimensions; add the mapping file.'));
  const mapping = readMapping(jsonStatMappingSchema, options.mapping);
  if (!mapping.ok) return failed(format, name, mapping.problem);
  return { format, name, indicatorDrafts: [], events: readJsonStatBytes(file.bytes, mapping.mapping) };
}
