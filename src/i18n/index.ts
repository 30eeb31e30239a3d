// Message lookup for the two languages of the public site.
import { da } from './da.js';
import type { MessageKey } from './da.js';
import { en } from './en.js';

import type { Lang } from '../domain/number-format.js';

export type { Lang };
export type { MessageKey };

const catalogues: Record<Lang, Record<MessageKey, string>> = { da, en };

export function translate(lang: Lang, key: MessageKey): string {
  return catalogues[lang][key];
}

/** Picks the text in the language, falling back to Danish where no English exists. */
export function pick(lang: Lang, da: string, en: string | null | undefined): string {
  return lang === 'en' && en ? en : da;
}
