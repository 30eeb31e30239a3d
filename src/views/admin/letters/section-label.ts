// The name of a section of a letter (its subject, its opening, …) as the
// letters' admin pages show it: from the letters catalogue, or the key itself
// for a section the catalogue does not name.
import type { AdminLang } from '../../../i18n/admin.js';
import { isLetterMessageKey, letterText } from '../../../i18n/letters.js';

export function sectionLabel(lang: AdminLang, key: string): string {
  const catalogueKey = `letters.section.${key}`;
  return isLetterMessageKey(catalogueKey) ? letterText(lang, catalogueKey) : key;
}
