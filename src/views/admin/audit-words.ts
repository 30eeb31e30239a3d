// The audit log's codes in words for the reader: `record-monitoring` is
// "Kvartalsvurdering registreret", `cycle_task` is "Opgave i årshjulet". A
// code without words (a new kind of change) is shown as it is, so nothing
// is ever hidden.
import { isMessageKey, t } from '../../i18n/index.js';
import type { Lang } from '../../i18n/index.js';

function words(lang: Lang, prefix: string, code: string): string {
  const key = `${prefix}${code}`;
  return isMessageKey(key) ? t(lang, key) : code;
}

export const auditEntityWords = (lang: Lang, code: string) => words(lang, 'audit.entity.', code);
export const auditActionWords = (lang: Lang, code: string) => words(lang, 'audit.action.', code);
