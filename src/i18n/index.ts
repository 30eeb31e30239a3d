// The one message lookup, `t(lang, key, values)`, for every page, e-mail and
// document in both languages; and the choice between the Danish and English
// version of a text written by users. Messages are filled by
// message-format.ts: `{name}` takes a value, `{n, plural, …}` picks the
// word form that goes with the number.
import { decimalsNeeded, formatNumber } from '../domain/number-format.js';
import type { Lang } from '../domain/number-format.js';

import { da, en } from './catalogue.js';
import type { ErrorMessageKey, MessageKey } from './catalogue.js';
import { formatMessage } from './message-format.js';
import type { MessageValues } from './message-format.js';

export type { Lang };
export type { MessageKey };
export type { ErrorMessageKey };
export type { MessageValues };

const catalogues: Record<Lang, Record<MessageKey, string>> = { da, en };

// A count in a plural message is shown the reader's way (1.234 / 1,234).
const countText: Record<Lang, (n: number) => string> = {
  da: (n) => formatNumber(n, decimalsNeeded(n), 'da'),
  en: (n) => formatNumber(n, decimalsNeeded(n), 'en'),
};

/** The message for the key in the language, with its values filled in. */
export function t(lang: Lang, key: MessageKey, values?: MessageValues): string {
  return formatMessage(lang, catalogues[lang][key], values, countText[lang]);
}

/** `t` bound to a language, for views that render a whole page in one. */
export function translator(lang: Lang): (key: MessageKey, values?: MessageValues) => string {
  return (key, values) => t(lang, key, values);
}

export type Translate = ReturnType<typeof translator>;

/** Whether a string is a key of the catalogue (a service error may carry one). */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(da, key);
}

/** The language a request or setting asks for: English when it says so, else Danish. */
export function toLang(value: unknown): Lang {
  return value === 'en' ? 'en' : 'da';
}

/** Picks the text in the language, falling back to Danish where no English exists. */
export function pick(lang: Lang, da: string, en: string | null | undefined): string {
  return lang === 'en' && en ? en : da;
}

/** The language a picked text is actually in: Danish when English was asked for but not written. */
export function pickedLang(lang: Lang, en: string | null | undefined): Lang {
  return lang === 'en' && !en ? 'da' : lang;
}
