// Message lookup for the letters' admin screens and model words, Danish first.
import { lettersDa } from './letters-da.js';
import type { LetterMessageKey } from './letters-da.js';
import { lettersEn } from './letters-en.js';

export type { LetterMessageKey };
type Lang = 'da' | 'en';

const catalogues: Record<Lang, Record<LetterMessageKey, string>> = { da: lettersDa, en: lettersEn };

export function letterText(lang: Lang, key: LetterMessageKey, values: Record<string, string | number> = {}): string {
  return catalogues[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

export function isLetterMessageKey(key: string): key is LetterMessageKey {
  return key in lettersDa;
}
