// Text written by people (titles, descriptions, sources) in Danish, and in
// English where someone has written it and the choice of one for a page.
// Danish is the language every text exists in, so it is the fallback.
import type { Lang } from './number-format.js';

/** Text in Danish, and in English where it has been written. */
export interface Text {
  readonly da: string;
  readonly en: string | null;
}

export const text = (da: string, en: string | null): Text => ({ da, en });

/** Null where there is no Danish text: an empty text counts as none written. */
export const optionalText = (da: string | null, en: string | null): Text | null => (da ? { da, en } : null);

/** The text in the language, falling back to Danish where no English exists. */
export function pick(lang: Lang, value: Text): string {
  return lang === 'en' && value.en ? value.en : value.da;
}
