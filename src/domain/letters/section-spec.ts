// A letter's editable wording comes in named sections. Each section says
// which placeholders its template may use and where their values come from;
// a `list` section repeats its template once per item (each missing
// indicator, each deadline) and becomes one line per item in the draft.
import type { LetterLang } from './view-models.js';

export type SectionForm = 'line' | 'paragraphs' | 'list';

export interface SectionSpec<M> {
  readonly key: string;
  readonly form: SectionForm;
  readonly placeholders: readonly string[];
  /** Placeholder values of a `line` or `paragraphs` section. */
  readonly values?: (model: M, lang: LetterLang) => Readonly<Record<string, string>>;
  /** One set of placeholder values per item of a `list` section. */
  readonly items?: (model: M, lang: LetterLang) => readonly Readonly<Record<string, string>>[];
  /** False when the section has nothing to say for this model; it is then left out. */
  readonly applies?: (model: M) => boolean;
}

/** Default wording of every section, per language. */
export type DefaultTemplates = Readonly<Record<LetterLang, Readonly<Record<string, string>>>>;
