// A letter as PDF: the standalone HTML printed by Chromium on A4. The page
// gets no network at all (the HTML carries everything it needs), so a letter
// cannot fetch anything while it is printed.
import type { LetterDocument } from '../domain/letters/document.js';
import { findChromiumBinary, launchPrintingChromium } from './chromium.js';
import { letterToHtml } from './letter-html.js';

export interface PdfOptions {
  /** A Chromium binary to try before the usual places. */
  readonly chromiumPath?: string;
  readonly candidates?: readonly string[];
}

export async function htmlToPdf(html: string, options: PdfOptions = {}): Promise<Buffer> {
  const browser = await launchPrintingChromium(findChromiumBinary(options.chromiumPath, options.candidates));
  try {
    const context = await browser.newContext({ offline: true, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.route('**/*', (route) => route.abort());
    await page.setContent(html, { waitUntil: 'load' });
    return await page.pdf({ format: 'A4', printBackground: true, margin: { top: '0', bottom: '0', left: '0', right: '0' }, preferCSSPageSize: true });
  } finally {
    await browser.close();
  }
}

export function letterToPdf(letter: LetterDocument, options: PdfOptions = {}): Promise<Buffer> {
  return htmlToPdf(letterToHtml(letter), options);
}
