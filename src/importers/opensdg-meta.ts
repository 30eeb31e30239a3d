// An indicator defined by Open SDG metadata, so an Open SDG import can create
// an indicator that does not exist yet. The metadata is the merged record of
// `meta/<id>.md` (front matter) or `meta/<id>.yml` and `indicator-config/<id>.yml`
// (opensdg-meta-files.ts). Its text fields may be translation keys, which
// are looked up for Danish and English; a key no translation holds never
// becomes a title: the indicator's number does, with a note. The metadata
// says nothing about which direction is good; the mapping does (increase
// when it does not), and the goal comes from the mapping.
import type { ImportNote } from './import-note.js';
import type { OpenSdgMapping } from './mapping.js';
import { parseMetaText } from './opensdg-meta-files.js';
import type { MetaRecord } from './opensdg-meta-files.js';
import { isTranslationKey, OpenSdgTranslations } from './opensdg-translations.js';
import { nameOf, readWholeText } from './source-input.js';
import type { LocalInput } from './source-input.js';
import type { IndicatorDraft } from './source-figure.js';

export { findOpenSdgMetaFile } from './opensdg-meta-files.js';

/** What the mapping adds to the metadata. */
export type MetaDefaults = Pick<OpenSdgMapping, 'goal' | 'direction' | 'frequency' | 'area'>;

/** Where each language's text is looked for, in order: Danish falls back to the repository's own language. */
export interface MetaLanguages {
  readonly da: readonly string[];
  readonly en: readonly string[];
}

export const DEFAULT_META_LANGUAGES: MetaLanguages = { da: ['da', 'en'], en: ['en'] };

// Fields that can name the indicator, best first. graph_title is what Open
// SDG shows above the chart; indicator_name is the official (long) name.
const TITLE_FIELDS = ['graph_title', 'indicator_name', 'indicator_available'] as const;

const plain = (value: unknown): string | null => {
  if (typeof value !== 'string' && typeof value !== 'number') return null;
  // Metadata text is HTML in places; a description here is plain text.
  const text = String(value)
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return text === '' ? null : text;
};

/** Reads fields in one language: text as it is, a translation key as its translation, and remembers keys it could not find. */
class FieldReader {
  readonly unresolved = new Set<string>();

  constructor(
    private readonly record: MetaRecord,
    private readonly translations: OpenSdgTranslations,
    private readonly langs: readonly string[],
  ) {}

  field(name: string): string | null {
    const value = this.record[name];
    if (typeof value !== 'string' || !isTranslationKey(value)) return plain(value);
    for (const lang of this.langs) {
      const text = this.translations.text(value.trim(), lang);
      if (text !== null) return plain(text);
    }
    this.unresolved.add(value.trim());
    return null;
  }

  first(names: readonly string[]): string | null {
    for (const name of names) {
      const text = this.field(name);
      if (text !== null) return text;
    }
    return null;
  }
}

/** True when the metadata marks the indicator as one without figures to chart (Open SDG's `data_non_statistical`). */
export function isNonStatistical(record: MetaRecord): boolean {
  const flag = record.data_non_statistical;
  return flag === true || (typeof flag === 'string' && flag.trim().toLowerCase() === 'true');
}

/** The indicator's number as Open SDG writes it (`1.1.1`), from the metadata or its id. */
export function indicatorNumber(record: MetaRecord, code: string): string {
  return plain(record.indicator_number) ?? code.replace(/-/g, '.');
}

export interface DraftFromMeta {
  readonly draft: IndicatorDraft;
  /** Translation keys that no translation holds, and so what stands in their place. */
  readonly notes: readonly ImportNote[];
}

/** The indicator a merged metadata record describes, with its text in Danish and English. */
export function toIndicatorDraft(
  record: MetaRecord,
  code: string,
  mapping: MetaDefaults,
  translations: OpenSdgTranslations = OpenSdgTranslations.none,
  langs: MetaLanguages = DEFAULT_META_LANGUAGES,
): DraftFromMeta {
  const da = new FieldReader(record, translations, langs.da);
  const en = new FieldReader(record, translations, langs.en);
  const number = indicatorNumber(record, code);
  const titleDa = da.first(TITLE_FIELDS);
  const titleEn = en.first(TITLE_FIELDS);
  const draft: IndicatorDraft = {
    code,
    titleDa: titleDa ?? number,
    titleEn: titleEn ?? number,
    descriptionDa: da.field('national_indicator_description'),
    descriptionEn: en.field('national_indicator_description'),
    unit: da.field('computation_units') ?? 'value',
    unitEn: en.field('computation_units') ?? da.field('computation_units') ?? 'value',
    direction: mapping.direction ?? 'increase',
    frequency: mapping.frequency ?? null,
    goalCode: mapping.goal ?? null,
    areaCode: mapping.area ?? null,
    sourceDa: da.field('source_organisation_1'),
    sourceEn: en.field('source_organisation_1'),
  };
  const notes: ImportNote[] = [];
  const missing = [...new Set([...da.unresolved, ...en.unresolved])];
  if (missing.length > 0) {
    const namedByNumber = [titleDa === null ? 'Danish' : null, titleEn === null ? 'English' : null].filter(Boolean).join(' and ');
    const consequence = namedByNumber === '' ? 'the text is left out' : `its ${namedByNumber} title is its number, ${number}`;
    notes.push({
      file: null,
      indicator: code,
      code: 'untranslated',
      message: `No translation holds ${missing.join(', ')} (looked in ${[...new Set([...langs.da, ...langs.en])].join(', ')}); ${consequence}.`,
    });
  }
  return { draft, notes };
}

/** The indicator a metadata file (on disk or uploaded; `.md` front matter or a `.yml` file) defines; null when it cannot be read. */
export async function readOpenSdgMetaFrom(input: LocalInput, code: string, mapping: MetaDefaults): Promise<IndicatorDraft | null> {
  const text = await readWholeText(input).catch(() => null);
  const record = text === null ? null : parseMetaText(text, nameOf(input));
  return record === null ? null : toIndicatorDraft(record, code, mapping).draft;
}
