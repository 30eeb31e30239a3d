// Message lookup for the two languages of the public site, and the choice
// between the Danish and English version of a text written by users.
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

/** `translate` bound to a language, with `{name}` placeholders filled in. */
export function translator(lang: Lang): (key: MessageKey, values?: Readonly<Record<string, string | number>>) => string {
  const catalogue = catalogues[lang];
  return (key, values) => {
    const message = catalogue[key];
    return values ? message.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole)) : message;
  };
}

export type Translate = ReturnType<typeof translator>;

/** Picks the text in the language, falling back to Danish where no English exists. */
export function pick(lang: Lang, da: string, en: string | null | undefined): string {
  return lang === 'en' && en ? en : da;
}

/** The language a picked text is actually in: Danish when English was asked for but not written. */
export function pickedLang(lang: Lang, en: string | null | undefined): Lang {
  return lang === 'en' && !en ? 'da' : lang;
}
