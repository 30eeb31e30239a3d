// The letters (migration 2026-11-22T0710-letters): wording changed from the
// defaults, drafts with the model they were made from, the sender's logo.
import type { Generated, Selectable } from 'kysely';
import type { LetterKind, LetterLang } from '../../domain/letters/view-models.js';

export interface LetterTemplatesTable {
  id: Generated<number>;
  letter_kind: LetterKind;
  lang: LetterLang;
  section_key: string;
  body: string;
  version: Generated<number>;
  updated_at: string;
  updated_by: string;
}

export interface LetterDraftsTable {
  id: Generated<number>;
  letter_kind: LetterKind;
  lang: LetterLang;
  policy_id: number;
  release_id: number;
  committee_id: number | null;
  title: string;
  /** JSON of the letter's model (src/domain/letters/view-models.ts). */
  model: string;
  /** JSON object: section key → edited text. */
  sections: string;
  version: Generated<number>;
  created_at: string;
  created_by: string;
  updated_at: string;
  updated_by: string;
  /** Set while the draft is shared with the committee it is written to (migration 0745). */
  shared_at: string | null;
  shared_by: string | null;
  /** The case and document numbers the letter is filed under (migration 2026-12-04T1920). */
  case_number: Generated<string | null>;
  document_number: Generated<string | null>;
  /** The project a red-twice letter is about; null for the other kinds. */
  project_id: Generated<number | null>;
}

export interface LetterLogosTable {
  id: Generated<number>;
  content_type: 'image/png' | 'image/jpeg';
  description: string;
  content: Buffer;
  uploaded_at: string;
  uploaded_by: string;
}

export interface LetterTables {
  letter_templates: LetterTemplatesTable;
  letter_drafts: LetterDraftsTable;
  letter_logos: LetterLogosTable;
}

export type LetterTemplateRow = Selectable<LetterTemplatesTable>;
export type LetterDraftRow = Selectable<LetterDraftsTable>;
export type LetterLogoRow = Selectable<LetterLogosTable>;
