// One entry for every format a letter is exported to, with the content type
// and file extension the HTTP routes and the command line need.
import type { LetterDocument } from '../domain/letters/document.js';
import { letterToDocx } from './letter-docx.js';
import { letterToHtml } from './letter-html.js';
import { letterToPdf } from './letter-pdf.js';
import type { PdfOptions } from './letter-pdf.js';

export const LETTER_FORMATS = ['docx', 'html', 'pdf'] as const;
export type LetterFormat = (typeof LETTER_FORMATS)[number];

export function isLetterFormat(value: unknown): value is LetterFormat {
  return typeof value === 'string' && (LETTER_FORMATS as readonly string[]).includes(value);
}

export const CONTENT_TYPES: Readonly<Record<LetterFormat, string>> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  html: 'text/html; charset=utf-8',
  pdf: 'application/pdf',
};

export async function exportLetter(letter: LetterDocument, format: LetterFormat, options: PdfOptions = {}): Promise<Buffer> {
  switch (format) {
    case 'docx':
      return letterToDocx(letter);
    case 'html':
      return Buffer.from(letterToHtml(letter), 'utf8');
    case 'pdf':
      return letterToPdf(letter, options);
  }
}

/** A file name from the letter's subject: letters, digits and dashes only. */
export function letterFileName(letter: LetterDocument, format: LetterFormat): string {
  const base = letter.subject
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return `${base || 'letter'}.${format}`;
}
