// The structure every letter is rendered to before it becomes DOCX, HTML or
// PDF: a letterhead, the body as headings, paragraphs, lists and tables, a
// closing, and annexes. Plain data, so one letter can go to every format and
// golden files can compare it; the renderers in src/documents/ never decide
// wording, and nothing here knows a format.

import type { StatusColour } from '../status/types.js';

/**
 * A run of text; renderers escape it, so it is never markup. A run with a
 * `marker` is drawn after a small coloured shape for that status (circle,
 * triangle, square), so a status reads as a word, a colour and a shape.
 */
export interface Run {
  readonly text: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly marker?: StatusColour;
}

/** A table cell: plain text, or a status word with its marker. */
export type Cell = string | { readonly text: string; readonly marker: StatusColour };

export const cellText = (cell: Cell): string => (typeof cell === 'string' ? cell : cell.text);

export type Block =
  | { readonly kind: 'heading'; readonly level: 1 | 2 | 3; readonly text: string }
  | { readonly kind: 'paragraph'; readonly runs: readonly Run[] }
  | { readonly kind: 'list'; readonly items: readonly (readonly Run[])[] }
  | { readonly kind: 'table'; readonly caption: string; readonly header: readonly string[]; readonly rows: readonly (readonly Cell[])[] };

export interface Annex {
  /** `Bilag 1` / `Annex 1`. */
  readonly label: string;
  readonly title: string;
  readonly blocks: readonly Block[];
}

export interface LetterSender {
  readonly name: string;
  /** The sender's title under the name in the letterhead. */
  readonly title: string | null;
  /** The administration the letter comes from, `Beskæftigelses- og Integrationsforvaltningen`. */
  readonly administration?: string | null;
  /** Postal address, one line each. */
  readonly addressLines: readonly string[];
  readonly phone?: string | null;
  readonly email?: string | null;
  /** Who signs, e.g. the committee chair; without one the sender's name signs. */
  readonly signatory?: { readonly name: string; readonly title: string | null } | null;
  /** An uploaded image (base64, so a model stays plain JSON), shown at the top of the letter. */
  readonly logo: { readonly contentType: 'image/png' | 'image/jpeg'; readonly base64: string; readonly description: string } | null;
}

export interface LetterDocument {
  readonly lang: 'da' | 'en';
  /** The document's title (file properties, the HTML title). */
  readonly title: string;
  readonly sender: LetterSender;
  /** `Til` / `To` and the recipients, one a line. */
  readonly recipientsLabel: string;
  readonly recipients: readonly string[];
  /** Already written out in the letter's language: `15. januar 2013`. */
  readonly date: string;
  readonly dateLabel: string;
  /** `Sagsnr.` and `Dokumentnr.` with the draft's numbers; only those given. */
  readonly references: readonly { readonly label: string; readonly value: string }[];
  /** The sender block's labels: `Telefon`, `E-mail`. */
  readonly contactLabels: { readonly phone: string; readonly email: string };
  readonly subject: string;
  readonly body: readonly Block[];
  /** `Venlig hilsen` / `Yours sincerely`; no signature block when null. */
  readonly greeting: string | null;
  /** `Bilag:` / `Annexes:` above the list of annex titles. */
  readonly annexesLabel: string;
  readonly annexes: readonly Annex[];
}

export const text = (value: string): Run => ({ text: value });
export const paragraph = (...runs: readonly (Run | string)[]): Block => ({
  kind: 'paragraph',
  runs: runs.map((r) => (typeof r === 'string' ? text(r) : r)),
});
export const heading = (level: 1 | 2 | 3, value: string): Block => ({ kind: 'heading', level, text: value });

/** Plain text from a text area: blank lines part paragraphs; single line breaks are kept as spaces. */
export function paragraphsOf(value: string): Block[] {
  return value
    .split(/\r?\n\s*\r?\n/)
    .map((part) => part.replace(/\s*\r?\n\s*/g, ' ').trim())
    .filter((part) => part !== '')
    .map((part) => paragraph(part));
}

/** Plain text from a text area as a list: one item a line, blank lines ignored. */
export function listOf(value: string): Block | null {
  const items = value
    .split(/\r?\n/)
    .map((line) => line.replace(/^\s*[-•*]\s*/, '').trim())
    .filter((line) => line !== '')
    .map((line) => [text(line)]);
  return items.length === 0 ? null : { kind: 'list', items };
}
