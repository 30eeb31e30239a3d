// Open SDG's translations: metadata fields may hold a translation key
// (`global_indicators.1-1-1-title`) instead of text. A key is a group and a
// name within it; the text of group G in language L lives in
// `translations/L/G.yml` (a YAML map of names to text; the text may also be
// nested, which a dotted name walks). Only the languages Barometer shows are
// read, so a translations folder with every UN language costs nothing extra.
import { readdir, readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { parse } from 'yaml';

/** Text in each language, by key (`group.name`). */
export class OpenSdgTranslations {
  constructor(private readonly groups: ReadonlyMap<string, ReadonlyMap<string, unknown>>) {}

  static readonly none = new OpenSdgTranslations(new Map());

  /** The text of the key in the language, or null when no translation file holds it. */
  text(key: string, lang: string): string | null {
    const dot = key.indexOf('.');
    if (dot <= 0) return null;
    const group = this.groups.get(`${lang}/${key.slice(0, dot)}`);
    if (!group) return null;
    const name = key.slice(dot + 1);
    const direct = group.get(name);
    if (typeof direct === 'string' || typeof direct === 'number') return String(direct);
    let node: unknown = Object.fromEntries(group);
    for (const part of name.split('.')) {
      if (typeof node !== 'object' || node === null) return null;
      node = (node as Record<string, unknown>)[part];
    }
    return typeof node === 'string' || typeof node === 'number' ? String(node) : null;
  }
}

// A key has no spaces and starts with a group name: `global_indicators.1-1-1-title`,
// `data.Female`. An indicator number (`1.1.1`) or a sentence is text.
const KEY = /^[A-Za-z_][\w-]*\.[\w.-]*\w$/;

export const isTranslationKey = (value: string): boolean => KEY.test(value.trim());

const YAML_FILE = new Set(['.yml', '.yaml']);

async function readGroups(dir: string, lang: string, into: Map<string, ReadonlyMap<string, unknown>>): Promise<void> {
  let names: string[];
  try {
    names = await readdir(join(dir, lang));
  } catch {
    return;
  }
  for (const name of names.sort()) {
    const ext = extname(name).toLowerCase();
    if (!YAML_FILE.has(ext)) continue;
    let parsed: unknown;
    try {
      parsed = parse(await readFile(join(dir, lang, name), 'utf8'));
    } catch {
      // A translation file that is not YAML holds no text; titles that need it get a note.
      continue;
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) continue;
    into.set(`${lang}/${name.slice(0, -ext.length)}`, new Map(Object.entries(parsed as Record<string, unknown>)));
  }
}

/** The translations in `dir` (a folder of language folders) for the languages given; none when the folder does not exist. */
export async function readOpenSdgTranslations(dir: string, langs: readonly string[]): Promise<OpenSdgTranslations> {
  const groups = new Map<string, ReadonlyMap<string, unknown>>();
  for (const lang of new Set(langs)) await readGroups(dir, lang, groups);
  return new OpenSdgTranslations(groups);
}
