// The letters' lookup (admin screens and the words the letter services put
// into models), now a view on the one catalogue.
import { lettersDa } from './da/letters.js';
import { t } from './index.js';
import type { Lang } from './index.js';
import type { MessageValues } from './message-format.js';

export type LetterMessageKey = keyof typeof lettersDa;

// Transitional: call sites move to t() next.
export function letterText(lang: Lang, key: LetterMessageKey, values?: MessageValues): string {
  return t(lang, key, values);
}

export function isLetterMessageKey(key: string): key is LetterMessageKey {
  return key in lettersDa;
}
