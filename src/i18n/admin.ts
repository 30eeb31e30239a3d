// The admin area's lookup (sign-in, admin screens, account e-mails), now a
// view on the one catalogue; and the language a signed-in user chose.
import { adminDa } from './da/admin.js';
import { t } from './index.js';
import type { Lang } from './index.js';
import type { MessageValues } from './message-format.js';

export type AdminMessageKey = keyof typeof adminDa;
// Transitional: one language type, `Lang`; this name goes with its call sites.
export type AdminLang = Lang;

// Transitional: call sites move to t() next.
export function adminText(lang: AdminLang, key: AdminMessageKey, values?: MessageValues): string {
  return t(lang, key, values);
}

export function isAdminMessageKey(key: string): key is AdminMessageKey {
  return key in adminDa;
}

export function toAdminLang(value: unknown): AdminLang {
  return value === 'en' ? 'en' : 'da';
}
