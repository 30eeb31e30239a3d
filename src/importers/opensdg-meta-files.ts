// Where Open SDG keeps an indicator's metadata and how its files combine: a
// metadata file `meta/<id>.md` (YAML front matter over Markdown) or
// `meta/<id>.yml` (YAML only), and the indicator's configuration
// `indicator-config/<id>.yml`, whose fields (graph_title, indicator_name,
// computation_units, reporting_status, data_non_statistical, graph_type, …)
// win over the metadata's, as in Open SDG's own build.
import { access, readdir, readFile } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { parse } from 'yaml';

/** The fields of an indicator's metadata, as read. */
export type MetaRecord = Readonly<Record<string, unknown>>;

const FRONT_MATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** A YAML map, or null when the text is not one. Throws on YAML that does not parse. */
function parseRecord(yaml: string): MetaRecord | null {
  const parsed: unknown = parse(yaml);
  return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as MetaRecord) : null;
}

/** The front matter of a Markdown metadata file; null when it has none or it is not YAML. */
export function parseFrontMatter(text: string): MetaRecord | null {
  const match = FRONT_MATTER.exec(text);
  if (!match) return null;
  try {
    return parseRecord(match[1]!);
  } catch {
    return null;
  }
}

const isYamlName = (name: string) => /\.ya?ml$/i.test(name);

/** A metadata file's record by its name: a `.yml` file is YAML throughout, anything else has front matter. */
export function parseMetaText(text: string, name: string): MetaRecord | null {
  if (!isYamlName(name)) return parseFrontMatter(text);
  try {
    return parseRecord(text.replace(/^\uFEFF/, ''));
  } catch {
    return null;
  }
}

const META_EXTENSIONS = ['.md', '.yml', '.yaml'];
const CONFIG_EXTENSIONS = ['.yml', '.yaml'];

/** The files in `dir` with one of the extensions, by id (the name without it); the first extension wins when an id has two. */
export async function listMetaFiles(dir: string, kind: 'meta' | 'config'): Promise<Map<string, string>> {
  const extensions = kind === 'meta' ? META_EXTENSIONS : CONFIG_EXTENSIONS;
  const found = new Map<string, string>();
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return found;
  }
  const rank = (name: string) => extensions.indexOf(extname(name).toLowerCase());
  for (const name of names.filter((n) => rank(n) >= 0).sort((a, b) => rank(a) - rank(b))) {
    const id = basename(name, extname(name));
    if (!found.has(id)) found.set(id, join(dir, name));
  }
  return found;
}

/** The merged record of an indicator's files (configuration over metadata), or why a file cannot be read. */
export async function readMergedMeta(files: readonly string[]): Promise<{ ok: true; record: MetaRecord } | { ok: false; file: string; reason: string }> {
  let merged: Record<string, unknown> = {};
  for (const file of files) {
    let record: MetaRecord | null;
    try {
      const text = await readFile(file, 'utf8');
      record = isYamlName(file) ? parseRecord(text.replace(/^\uFEFF/, '')) : parseFrontMatter(text);
    } catch (error) {
      return { ok: false, file, reason: (error as Error).message.split('\n')[0]! };
    }
    if (record === null) return { ok: false, file, reason: isYamlName(file) ? 'it is not a YAML map of fields' : 'it has no YAML front matter' };
    merged = { ...merged, ...record };
  }
  return { ok: true, record: merged };
}

async function firstExisting(candidates: readonly string[]): Promise<string | null> {
  for (const candidate of candidates) {
    try {
      await access(candidate);
      return candidate;
    } catch {
      // try the next place
    }
  }
  return null;
}

/** Where Open SDG keeps the metadata of a data file: `../meta/<id>.md` (or `.yml`) beside `data/`, or next to it. */
export async function findOpenSdgMetaFile(dataFile: string, id: string): Promise<string | null> {
  const dir = dirname(dataFile);
  const places = [join(dir, '..', 'meta'), join(dir, 'meta'), dir];
  return firstExisting(places.flatMap((place) => META_EXTENSIONS.map((ext) => join(place, `${id}${ext}`))));
}

/** The indicator configuration of a data file in a repository's `data/` folder: `../indicator-config/<id>.yml`. */
export async function findOpenSdgConfigFile(dataFile: string, id: string): Promise<string | null> {
  const dir = join(dirname(dataFile), '..', 'indicator-config');
  return firstExisting(CONFIG_EXTENSIONS.map((ext) => join(dir, `${id}${ext}`)));
}
