// IBM Plex Sans, the site's typeface, for letters printed to PDF. Chromium
// prints with no network (pdf-printer.ts), so the faces go into the page as
// data: URLs, read once from the installed @fontsource package: regular,
// italic and semibold (for bold text and headings), Latin subset (it has
// æ, ø, å, the dashes and the minus sign the letters use).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const FACES = [
  { file: 'ibm-plex-sans-latin-400-normal.woff2', weight: 400, style: 'normal' },
  { file: 'ibm-plex-sans-latin-400-italic.woff2', weight: 400, style: 'italic' },
  { file: 'ibm-plex-sans-latin-600-normal.woff2', weight: 600, style: 'normal' },
  { file: 'ibm-plex-sans-latin-600-italic.woff2', weight: 600, style: 'italic' },
] as const;

let cached: string | null = null;

/** The @font-face rules with the faces inlined. */
export function embeddedLetterFonts(): string {
  if (cached) return cached;
  const dir = join(dirname(createRequire(import.meta.url).resolve('@fontsource/ibm-plex-sans')), 'files');
  cached = FACES.map(
    (face) =>
      `@font-face { font-family: "IBM Plex Sans"; font-style: ${face.style}; font-weight: ${face.weight}; font-display: block; ` +
      `src: url(data:font/woff2;base64,${readFileSync(join(dir, face.file)).toString('base64')}) format("woff2"); }`,
  ).join('\n');
  return cached;
}
