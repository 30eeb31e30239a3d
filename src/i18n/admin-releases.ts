// The lookup of the admin area's releases, imports, figure form, templates
// and supplier view, now a view on the one catalogue.
import type { releasesDa } from './da/releases.js';
import { t } from './index.js';
import type { Lang } from './index.js';
import type { MessageValues } from './message-format.js';

export type ReleaseMessageKey = keyof typeof releasesDa;

// Transitional: call sites move to t() next.
export function releaseText(lang: Lang, key: ReleaseMessageKey, values?: MessageValues): string {
  return t(lang, key, values);
}
