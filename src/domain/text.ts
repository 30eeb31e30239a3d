// Text written by people (titles, descriptions, sources) in Danish, and in
// English where someone has written it (i18n's `pick` chooses one for a page).
// Danish is the language every text exists in, so it is the fallback.

/** Text in Danish, and in English where it has been written. */
export interface Text {
  readonly da: string;
  readonly en: string | null;
}

export const text = (da: string, en: string | null): Text => ({ da, en });

/** Null where there is no Danish text: an empty text counts as none written. */
export const optionalText = (da: string | null, en: string | null): Text | null => (da ? { da, en } : null);
