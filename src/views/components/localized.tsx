// A text written by users, in the page's language where it exists. On an
// English page a text that only exists in Danish is marked lang="da", so a
// screen reader pronounces it as Danish.
import { pick, pickedLang } from '../../i18n/index.js';
import type { Lang } from '../../i18n/index.js';
import type { Text } from '../../domain/text.js';

export function Localized({ lang, text }: { lang: Lang; text: Text }) {
  const shown = pick(lang, text.da, text.en);
  return pickedLang(lang, text.en) === lang ? <>{shown}</> : <span lang="da">{shown}</span>;
}

/** The plain string, for attributes and titles. */
export function localized(lang: Lang, text: Text): string {
  return pick(lang, text.da, text.en);
}
