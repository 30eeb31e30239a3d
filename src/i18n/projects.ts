// The lookup of the project bank's public pages, its CSV export and the
// documents of action plans and the consultation catalogue, now a view on
// the one catalogue.
import type { projectsDa } from './da/projects.js';
import { t } from './index.js';
import type { Lang } from './index.js';
import type { MessageValues } from './message-format.js';

export type ProjectMessageKey = keyof typeof projectsDa;

// Transitional: call sites move to t() next.
export function projectText(lang: Lang, key: ProjectMessageKey, values?: MessageValues): string {
  return t(lang, key, values);
}
