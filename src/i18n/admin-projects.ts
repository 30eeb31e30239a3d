// Message lookup for the admin screens of action plans, the project bank and
// the consultation catalogue (their own catalogue, so they do not crowd the
// admin area's). Values named in braces (`{name}`) are filled in.
import { adminProjectsDa } from './admin-projects-da.js';
import type { AdminProjectsKey } from './admin-projects-da.js';
import { adminProjectsEn } from './admin-projects-en.js';
import type { AdminLang } from './admin.js';

export type { AdminProjectsKey };

const catalogues: Record<AdminLang, Record<AdminProjectsKey, string>> = { da: adminProjectsDa, en: adminProjectsEn };

export function bankText(lang: AdminLang, key: AdminProjectsKey, values: Readonly<Record<string, string | number>> = {}): string {
  return catalogues[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

export function isAdminProjectsKey(key: string): key is AdminProjectsKey {
  return key in adminProjectsDa;
}

/** Whole kroner the reader's way: 100.000 kr. / DKK 100,000. */
export function formatKroner(lang: AdminLang, amount: number): string {
  const number = new Intl.NumberFormat(lang === 'da' ? 'da-DK' : 'en-GB', { maximumFractionDigits: 0 }).format(amount);
  return bankText(lang, 'common.kr', { amount: number });
}
