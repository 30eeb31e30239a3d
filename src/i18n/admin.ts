// Message lookup for sign-in and the admin area, Danish first. Values named
// in braces (`{name}`) are filled in; the pages escape everything they show.
import { adminDa } from './admin-da.js';
import type { AdminMessageKey } from './admin-da.js';
import { adminEn } from './admin-en.js';

export type { AdminMessageKey };
export type AdminLang = 'da' | 'en';

const catalogues: Record<AdminLang, Record<AdminMessageKey, string>> = { da: adminDa, en: adminEn };

export function adminText(lang: AdminLang, key: AdminMessageKey, values: Record<string, string | number> = {}): string {
  return catalogues[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

export function isAdminMessageKey(key: string): key is AdminMessageKey {
  return key in adminDa;
}

export function toAdminLang(value: unknown): AdminLang {
  return value === 'en' ? 'en' : 'da';
}
