// A whole Open SDG data repository as one source: every `data/indicator_<id>.csv`
// with its metadata (`meta/`, `indicator-config/`, titles from `translations/`),
// read file after file with one file open at a time, so the pipeline checks
// and stages the repository as it checks one file: one report, all or
// nothing. Indicators the metadata marks non-statistical, and metadata with
// no data file, are reported as notes and not created. The path given may be
// the repository's root or its data/ folder.
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { parse } from 'yaml';
import type { ImportNote } from './import-note.js';
import { openSdgMappingSchema, readMapping } from './mapping.js';
import { findOpenSdgConfigFile, findOpenSdgMetaFile, listMetaFiles, readMergedMeta } from './opensdg-meta-files.js';
import { isNonStatistical, toIndicatorDraft } from './opensdg-meta.js';
import type { DraftFromMeta, MetaDefaults, MetaLanguages } from './opensdg-meta.js';
import { readOpenSdgCsv } from './opensdg-csv.js';
import { readOpenSdgTranslations } from './opensdg-translations.js';
import { fileProblem, inFile } from './problem.js';
import type { ImportProblem } from './problem.js';
import { oneChunk, problemEvent } from './source-figure.js';
import type { EventChunk, ImportSource, IndicatorDraft } from './source-figure.js';
import { byteChunks, isDirectory } from './source-input.js';
import type { LocalInput } from './source-input.js';

export interface OpenSdgRepositoryOptions {
  /** The mapping (YAML or JSON) every file of the repository is read with. */
  readonly mapping?: LocalInput;
  /** A folder of translations (`<lang>/<group>.yml`) to use instead of the repository's own `translations/`. */
  readonly translations?: string;
}

export interface RepositoryLayout {
  /** The folder holding data/, meta/, indicator-config/ and translations/. */
  readonly root: string;
  readonly dataDir: string;
}

const DATA_FILE = /^indicator_(.+)\.csv$/i;

/** The repository around a path: the root when it has a data/ folder, else the path is the data folder itself. */
export async function findRepositoryLayout(path: string): Promise<RepositoryLayout> {
  if (await isDirectory(join(path, 'data'))) return { root: path, dataDir: join(path, 'data') };
  const root = (await isDirectory(join(path, 'meta'))) ? path : dirname(path);
  return { root, dataDir: path };
}

/** Sorts ids as Open SDG numbers them: 1-2-1 before 1-10-1 before 10-1-1. */
const byIndicatorNumber = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true });

async function listDataFiles(dataDir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const name of await readdir(dataDir).catch(() => [] as string[])) {
    const match = DATA_FILE.exec(name);
    if (match) files.set(match[1]!, join(dataDir, name));
  }
  return files;
}

/** Danish text comes from `da`, else the repository's own language (the first of `languages` in config_data.yml); English from `en`. */
async function metaLanguages(root: string): Promise<MetaLanguages> {
  let own = 'en';
  try {
    const config: unknown = parse(await readFile(join(root, 'config_data.yml'), 'utf8'));
    const languages = (config as { languages?: unknown } | null)?.languages;
    if (Array.isArray(languages) && typeof languages[0] === 'string') own = languages[0];
  } catch {
    // No configuration: English, Open SDG's default.
  }
  return { da: ['da', own], en: ['en'] };
}

interface PlannedFile {
  readonly id: string;
  readonly path: string;
  /** The path inside the repository, as problems name it. */
  readonly file: string;
}

const failed = (name: string, problem: ImportProblem): ImportSource => ({
  format: 'opensdg',
  name,
  indicatorDrafts: [],
  events: oneChunk(problemEvent(problem)),
});

export async function openOpenSdgRepository(path: string, options: OpenSdgRepositoryOptions = {}): Promise<ImportSource> {
  const mapping = await readMapping(openSdgMappingSchema, options.mapping);
  if (!mapping.ok) return failed(path, mapping.problem);
  const readWith = mapping.mapping;
  if (readWith.indicator !== undefined) {
    const message = 'A repository holds many indicators, each named by its file; the mapping cannot name one indicator for all (leave out "indicator").';
    return failed(path, fileProblem('invalid_mapping', message));
  }
  const layout = await findRepositoryLayout(path);
  const dataFiles = await listDataFiles(layout.dataDir);
  const metaFiles = await listMetaFiles(join(layout.root, 'meta'), 'meta');
  const configFiles = await listMetaFiles(join(layout.root, 'indicator-config'), 'config');
  const langs = await metaLanguages(layout.root);
  const translations = await readOpenSdgTranslations(options.translations ?? join(layout.root, 'translations'), [...langs.da, ...langs.en]);
  const inRepository = (file: string) => relative(layout.root, file).split('\\').join('/');

  const drafts: IndicatorDraft[] = [];
  const notes: ImportNote[] = [];
  const problems: ImportProblem[] = [];
  const planned: PlannedFile[] = [];
  const ids = [...new Set([...dataFiles.keys(), ...metaFiles.keys(), ...configFiles.keys()])].sort(byIndicatorNumber);
  for (const id of ids) {
    const data = dataFiles.get(id);
    const described = [metaFiles.get(id), configFiles.get(id)].filter((f): f is string => f !== undefined);
    const note = (code: ImportNote['code'], file: string, message: string) => notes.push({ file: inRepository(file), indicator: id, code, message });
    if (described.length > 0) {
      const meta = await readMergedMeta(described);
      if (!meta.ok) {
        problems.push(inFile(fileProblem('unreadable_file', `The metadata of ${id} cannot be read: ${meta.reason}.`), inRepository(meta.file)));
        continue;
      }
      if (isNonStatistical(meta.record)) {
        const left = data ? `; its data file ${inRepository(data)} is left out` : '';
        note('non_statistical', described.at(-1)!, `${id} is marked non-statistical (data_non_statistical: true), so it is not created${left}.`);
        continue;
      }
      if (!data) {
        const status = typeof meta.record.reporting_status === 'string' ? ` (reporting status: ${meta.record.reporting_status})` : '';
        note('no_data_file', described[0]!, `${id} has metadata but no data file data/indicator_${id}.csv${status}, so it is not created.`);
        continue;
      }
      const { draft, notes: textNotes } = toIndicatorDraft(meta.record, id, readWith, translations, langs);
      drafts.push(draft);
      for (const textNote of textNotes) notes.push({ ...textNote, file: inRepository(described[0]!) });
    } else if (data) {
      note('no_metadata', data, `${id} has no metadata in meta/ or indicator-config/; its figures need an existing indicator ${id}.`);
    }
    if (data) planned.push({ id, path: data, file: inRepository(data) });
  }
  if (planned.length === 0 && problems.length === 0) {
    problems.push(fileProblem('empty_file', `${path} holds no Open SDG data files (data/indicator_<id>.csv).`));
  }

  let filesDone = 0;
  async function* events(): AsyncGenerator<EventChunk> {
    if (problems.length > 0) yield problems.map(problemEvent);
    for (const file of planned) {
      yield* readOpenSdgCsv(byteChunks({ path: file.path }), file.id, readWith, file.file);
      filesDone += 1;
    }
  }
  return {
    format: 'opensdg',
    name: path,
    indicatorDrafts: drafts,
    notes,
    events: events(),
    progress: () => ({ filesDone, filesTotal: planned.length }),
  };
}

/**
 * The indicator one data file of a repository defines, from the metadata and
 * configuration beside its data/ folder, with titles from the repository's
 * translations: a single file imports with the same titles as the whole.
 * Null when there is no metadata or it cannot be read.
 */
export async function readIndicatorOfDataFile(
  dataFile: string,
  id: string,
  code: string,
  mapping: MetaDefaults,
  translationsDir?: string,
): Promise<DraftFromMeta | null> {
  const files = [await findOpenSdgMetaFile(dataFile, id), await findOpenSdgConfigFile(dataFile, id)].filter((f): f is string => f !== null);
  if (files.length === 0) return null;
  const meta = await readMergedMeta(files);
  if (!meta.ok) return null;
  const root = join(dirname(dataFile), '..');
  const langs = await metaLanguages(root);
  const translations = await readOpenSdgTranslations(translationsDir ?? join(root, 'translations'), [...langs.da, ...langs.en]);
  return toIndicatorDraft(meta.record, code, mapping, translations, langs);
}
