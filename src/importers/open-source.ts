// The one way a figure import opens its source, whether the bytes come from
// a file at the command line, an upload in the browser or a JSON-stat URL:
// one format detector, the same readers and the same mapping checks, so a
// file gets the same problems whichever way it comes in. A mapping that
// cannot be used becomes the source's only event, so the caller handles
// every failure the same way. A folder is an Open SDG data repository,
// read whole as one source (opensdg-repository.ts).
import { readBarometerCsv } from './barometer-csv.js';
import { readBarometerXlsx, readBarometerXlsxFile } from './barometer-xlsx.js';
import { detectFormat, isXlsx } from './detect-format.js';
import { fetchJsonStat } from './jsonstat-fetch.js';
import { readJsonStatFrom } from './jsonstat.js';
import { jsonStatMappingSchema, openSdgMappingSchema, readMapping } from './mapping.js';
import type { JsonStatMapping } from './mapping.js';
import { readOpenSdgMetaFrom } from './opensdg-meta.js';
import { openSdgIdFromFileName, readOpenSdgCsv } from './opensdg-csv.js';
import { openOpenSdgRepository, readIndicatorOfDataFile } from './opensdg-repository.js';
import { fileProblem } from './problem.js';
import type { ImportProblem } from './problem.js';
import { oneChunk, problemEvent } from './source-figure.js';
import type { EventChunk, ImportFormat, ImportSource } from './source-figure.js';
import { byteChunks, isDirectory, nameOf, readHead } from './source-input.js';
import type { LocalInput, SourceInput } from './source-input.js';

export interface OpenSourceOptions {
  /** Detected from the name and first bytes when not given. */
  readonly format?: ImportFormat;
  /** A mapping (YAML or JSON) for Open SDG or JSON-stat. */
  readonly mapping?: LocalInput;
  /** Open SDG: the indicator's metadata (`meta/<id>.md`), which can define it when it does not exist; a file's is looked for beside it. */
  readonly meta?: LocalInput;
  /** Open SDG repository: a translations folder (`<lang>/<group>.yml`) instead of the repository's own. */
  readonly translations?: string;
}

const failed = (format: ImportFormat, name: string, problem: ImportProblem): ImportSource => ({
  format,
  name,
  indicatorDrafts: [],
  events: oneChunk(problemEvent(problem)),
});

const NO_JSONSTAT_MAPPING = 'A JSON-stat import needs a mapping of its dimensions: give its mapping file (at the command line, --mapping FILE).';

export async function openSource(input: SourceInput, options: OpenSourceOptions = {}): Promise<ImportSource> {
  const name = nameOf(input);
  if ('url' in input) {
    const format = options.format ?? 'jsonstat';
    if (format !== 'jsonstat') return failed(format, name, fileProblem('unreadable_file', 'Only a JSON-stat dataset can be read from a URL.'));
    return openJsonStat(name, options, (mapping) => fetchJsonStat(input.url, mapping));
  }
  if ('path' in input && (await isDirectory(input.path))) {
    if (options.format !== undefined && options.format !== 'opensdg') {
      return failed(options.format, name, fileProblem('unreadable_file', `${name} is a folder; only an Open SDG data repository is read as a folder.`));
    }
    return openOpenSdgRepository(input.path, { mapping: options.mapping, translations: options.translations });
  }
  const head = await readHead(input);
  const format = options.format ?? detectFormat(name, head);
  if (format === 'barometer') return { format, name, indicatorDrafts: [], events: readTemplate(input, head) };
  if (format === 'opensdg') return openOpenSdg(input, options);
  return openJsonStat(name, options, (mapping) => readJsonStatFrom(input, mapping));
}

function readTemplate(input: LocalInput, head: Uint8Array): AsyncGenerator<EventChunk> {
  if (!isXlsx(nameOf(input), head)) return readBarometerCsv(byteChunks(input));
  if ('path' in input) return readBarometerXlsxFile(input.path);
  return readBarometerXlsx(input.bytes);
}

async function openOpenSdg(input: LocalInput, options: OpenSourceOptions): Promise<ImportSource> {
  const name = nameOf(input);
  const mapping = await readMapping(openSdgMappingSchema, options.mapping);
  if (!mapping.ok) return failed('opensdg', name, mapping.problem);
  const id = openSdgIdFromFileName(name);
  const code = mapping.mapping.indicator ?? id;
  const events = readOpenSdgCsv(byteChunks(input), code, mapping.mapping);
  if (options.meta || !('path' in input)) {
    const draft = options.meta ? await readOpenSdgMetaFrom(options.meta, code, mapping.mapping) : null;
    return { format: 'opensdg', name, indicatorDrafts: draft ? [draft] : [], events };
  }
  const described = await readIndicatorOfDataFile(input.path, id, code, mapping.mapping, options.translations);
  return { format: 'opensdg', name, indicatorDrafts: described ? [described.draft] : [], notes: described?.notes ?? [], events };
}

type JsonStatReader = (mapping: JsonStatMapping) => AsyncGenerator<EventChunk>;

async function openJsonStat(name: string, options: OpenSourceOptions, read: JsonStatReader): Promise<ImportSource> {
  if (!options.mapping) return failed('jsonstat', name, fileProblem('invalid_mapping', NO_JSONSTAT_MAPPING));
  const mapping = await readMapping(jsonStatMappingSchema, options.mapping);
  if (!mapping.ok) return failed('jsonstat', name, mapping.problem);
  return { format: 'jsonstat', name, indicatorDrafts: [], events: read(mapping.mapping) };
}
