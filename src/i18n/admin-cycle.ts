// Message lookup for the annual cycle's admin screens and e-mails (their own
// catalogue, so they do not crowd the admin area's). Values named in braces
// (`{name}`) are filled in; pages escape everything they show.
import { adminCycleDa } from './admin-cycle-da.js';
import type { AdminCycleKey } from './admin-cycle-da.js';
import { adminCycleEn } from './admin-cycle-en.js';
import type { AdminLang } from './admin.js';

export type { AdminCycleKey };

const catalogues: Record<AdminLang, Record<AdminCycleKey, string>> = { da: adminCycleDa, en: adminCycleEn };

export function cycleText(lang: AdminLang, key: AdminCycleKey, values: Readonly<Record<string, string | number>> = {}): string {
  return catalogues[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** A `YYYY-MM-DD` date the reader's way: 16. maj 2013 / 16 May 2013. */
export function formatCycleDate(lang: AdminLang, date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const month = new Date(Date.UTC(y, m - 1, d)).toLocaleDateString(lang === 'da' ? 'da-DK' : 'en-GB', { month: 'long', timeZone: 'UTC' });
  return lang === 'da' ? `${d}. ${month} ${y}` : `${d} ${month} ${y}`;
}

/** A moment (ISO timestamp) as a date and time in Copenhagen. */
export function formatCycleMoment(lang: AdminLang, iso: string): string {
  return new Date(iso).toLocaleString(lang === 'da' ? 'da-DK' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Copenhagen' });
}
