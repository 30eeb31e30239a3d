// Opens a file (or a JSON-stat URL) as an import source: chooses the format
// when none is given, reads the mapping, and finds the Open SDG metadata
// that can define a missing indicator. Problems with the mapping become the
// source's only event, so the caller handles every failure the same way.
import { open } from 'node:fs/promises';
import { extname } from 'node:path';
import { readBarometerCsvFile } from './barometer-csv.js';
import { readBarometerXlsxFile } from './barometer-xlsx.js';
import { sniffDelimiter } from './csv-records.js';
import { fetchJsonStat } from './jsonstat-fetch.js';
import { readJsonStatFile } from './jsonstat.js';
import { checkMapping, jsonStatMappingSchema, openSdgMappingSchema, readMappingFile } from './mapping.js';
import type { MappingResult } from './mapping.js';
import { findOpenSdgMetaFile, readOpenSdgMetaFile } from './opensdg-meta.js';
import { openSdgIdFromFileName, readOpenSdgCsvFile } from './opensdg-csv.js';
import { fileProblem } from './problem.js';
import type { ImportProblem } from './problem.js';
import { oneChunk, problemEvent } from './source-figure.js';
import type { ImportFormat, ImportSource, IndicatorDraft } from './source-figure.js';
import type { z } from 'zod';

export interface OpenSourceOptions {
  readonly format?: ImportFormat;
  /** A mapping file (YAML or JSON) for Open SDG or JSON-stat. */
  readonly mappingFile?: string;
}

const isUrl = (location: string) => /^https?:\/\//i.test(location);

async function readHead(path: string): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(4096);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** The format a file is in, from its name and first bytes: Barometer's template unless it is JSON or starts like Open SDG. */
export async function detectFormat(location: string): Promise<ImportFormat> {
  if (isUrl(location)) return 'jsonstat';
  const extension = extname(location).toLowerCase();
  if (extension === '.json') return 'jsonstat';
  if (extension === '.xlsx') return 'barometer';
  let head: Buffer;
  try {
    head = await readHead(location);
  } catch {
    return 'barometer'; // the reader reports the file it cannot open
  }
  const firstLine = head.toString('utf8').replace(/^\uFEFF/, '').split(/\r?\n/)[0] ?? '';
  const cells = firstLine.split(sniffDelimiter(firstLine)).map((c) => c.replace(/"/g, '').trim().toLowerCase());
  // Open SDG files start with Year; one that does not end with Value is still refused as Open SDG, with its reason.
  return cells[0] === 'year' ? 'opensdg' : 'barometer';
}

const isZip = (head: Buffer) => head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;

async function loadMapping<T>(schema: z.ZodType<T>, file: string | undefined): Promise<MappingResult<T>> {
  return file ? readMappingFile(schema, file) : checkMapping(schema, {});
}

function failed(format: ImportFormat, name: string, problem: ImportProblem): ImportSource {
  return { format, name, indicatorDrafts: [], events: oneChunk(problemEvent(problem)) };
}

export async function openImportSource(location: string, options: OpenSourceOptions = {}): Promise<ImportSource> {
  const format = options.format ?? (await detectFormat(location));
  const name = location;
  if (format === 'barometer') {
    let xlsx = extname(location).toLowerCase() === '.xlsx';
    if (!xlsx) xlsx = await readHead(location).then(isZip, () => false);
    return { format, name, indicatorDrafts: [], events: xlsx ? readBarometerXlsxFile(location) : readBarometerCsvFile(location) };
  }
  if (format === 'opensdg') {
    const mapping = await loadMapping(openSdgMappingSchema, options.mappingFile);
    if (!mapping.ok) return failed(format, name, mapping.problem);
    const id = openSdgIdFromFileName(location);
    const code = mapping.mapping.indicator ?? id;
    const drafts: IndicatorDraft[] = [];
    const metaFile = await findOpenSdgMetaFile(location, id);
    const draft = metaFile ? await readOpenSdgMetaFile(metaFile, code, mapping.mapping).catch(() => null) : null;
    if (draft) drafts.push(draft);
    return { format, name, indicatorDrafts: drafts, events: readOpenSdgCsvFile(location, mapping.mapping, code) };
  }
  if (!options.mappingFile) {
    return failed(format, name, fileProblem('invalid_mapping', 'A JSON-stat import needs a mapping of its dimensions (--mapping FILE).'));
  }
  const mapping = await loadMapping(jsonStatMappingSchema, options.mappingFile);
  if (!mapping.ok) return failed(format, name, mapping.problem);
  const events = isUrl(location) ? fetchJsonStat(location, mapping.mapping) : readJsonStatFile(location, mapping.mapping);
  return { format, name, indicatorDrafts: [], events };
}
