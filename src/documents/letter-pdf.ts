// A letter as PDF: the standalone HTML, with IBM Plex Sans inlined, printed by Chromium on A4, through
// the process's shared printer (pdf-printer.ts). The page gets no network at
// all (the HTML carries everything it needs), so a letter cannot fetch
// anything while it is printed.
import type { LetterDocument } from '../domain/letters/document.js';
import { findChromiumBinary } from './chromium.js';
import { letterToHtml } from './letter-html.js';
import { sharedPrinter } from './pdf-printer.js';

export interface PdfOptions {
  /** A Chromium binary to try before the usual places. */
  readonly chromiumPath?: string;
  readonly candidates?: readonly string[];
}

function htmlToPdf(html: string, options: PdfOptions = {}): Promise<Buffer> {
  return sharedPrinter(findChromiumBinary(options.chromiumPath, options.candidates)).print(html);
}

export function letterToPdf(letter: LetterDocument, options: PdfOptions = {}): Promise<Buffer> {
  return htmlToPdf(letterToHtml(letter, { embedFonts: true }), options);
}
