// What an import tells the user besides problems: things it read but will
// not act on (an Open SDG indicator marked non-statistical, metadata with no
// data file), and titles it could not take as written (a translation key no
// translation file holds). A note never stops an import; it is in the report
// so that nothing is left out silently.

export const NOTE_CODES = ['non_statistical', 'no_data_file', 'no_metadata', 'untranslated'] as const;

export type NoteCode = (typeof NOTE_CODES)[number];

export interface ImportNote {
  /** The file the note is about, as a path inside the source; null for the source as a whole. */
  readonly file: string | null;
  /** The indicator the note is about (its Open SDG id), when it is about one. */
  readonly indicator: string | null;
  readonly code: NoteCode;
  readonly message: string;
}
