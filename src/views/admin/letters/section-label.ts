// The name of a section of a letter (its subject, its opening, …) as the
// letters' admin pages show it: from the letters catalogue, or the key itself
// for a section the catalogue does not name.
import { isMessageKey, t } from '../../../i18n/index.js';
import type { Lang } from '../../../i18n/index.js';

export function sectionLabel(lang: Lang, key: string): string {
  const catalogueKey = `letters.section.${key}`;
  return isMessageKey(catalogueKey) ? t(lang, catalogueKey) : key;
}
