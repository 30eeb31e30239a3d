// An indicator defined by Open SDG metadata (`meta/<id>.md`, YAML front
// matter), so an Open SDG import can create an indicator that does not exist
// yet. The metadata says nothing about which direction is good; the mapping
// does (increase when it does not), and the goal comes from the mapping.
import { access } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import type { OpenSdgMapping } from './mapping.js';
import { readWholeText } from './source-input.js';
import type { LocalInput } from './source-input.js';
import type { IndicatorDraft } from './source-figure.js';

/** What the mapping adds to the metadata. */
export type MetaDefaults = Pick<OpenSdgMapping, 'goal' | 'direction' | 'frequency' | 'area'>;

const FRONT_MATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

const plain = (value: unknown): string | null => {
  if (typeof value !== 'string' && typeof value !== 'number') return null;
  // Metadata text is HTML in places; a description here is plain text.
  const text = String(value)
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return text === '' ? null : text;
};

/** The indicator the front matter describes, or null when the text has no front matter. */
function readOpenSdgMeta(text: string, code: string, mapping: MetaDefaults): IndicatorDraft | null {
  const match = FRONT_MATTER.exec(text);
  if (!match) return null;
  let meta: Record<string, unknown>;
  try {
    const parsed: unknown = parse(match[1]!);
    if (typeof parsed !== 'object' || parsed === null) return null;
    meta = parsed as Record<string, unknown>;
  } catch {
    return null;
  }
  const title = plain(meta.graph_title) ?? plain(meta.indicator_available) ?? plain(meta.indicator_number) ?? code;
  const description = plain(meta.national_indicator_description);
  const source = plain(meta.source_organisation_1);
  // The metadata is in one language, used for both like the titles: Open SDG's units are English more often than not.
  const unit = plain(meta.computation_units) ?? 'value';
  return {
    code,
    titleDa: title,
    titleEn: title,
    descriptionDa: description,
    descriptionEn: description,
    unit,
    unitEn: unit,
    direction: mapping.direction ?? 'increase',
    frequency: mapping.frequency ?? null,
    goalCode: mapping.goal ?? null,
    areaCode: mapping.area ?? null,
    sourceDa: source,
    sourceEn: source,
  };
}

/** Where Open SDG keeps the metadata of a data file: `../meta/<id>.md` beside `data/`, or next to it. */
export async function findOpenSdgMetaFile(dataFile: string, id: string): Promise<string | null> {
  const dir = dirname(dataFile);
  for (const candidate of [join(dir, '..', 'meta', `${id}.md`), join(dir, 'meta', `${id}.md`), join(dir, `${id}.md`)]) {
    try {
      await access(candidate);
      return candidate;
    } catch {
      // try the next place
    }
  }
  return null;
}

/** The indicator a metadata file (on disk or uploaded) defines; null when it cannot be read or has no front matter. */
export async function readOpenSdgMetaFrom(input: LocalInput, code: string, mapping: MetaDefaults): Promise<IndicatorDraft | null> {
  const text = await readWholeText(input).catch(() => null);
  return text === null ? null : readOpenSdgMeta(text, code, mapping);
}
