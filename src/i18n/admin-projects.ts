// The lookup of the admin screens for action plans, the project bank and the
// consultation catalogue, now a view on the one catalogue; and kroner.
import { projectBankDa } from './da/project-bank.js';
import { formatNumber } from './format.js';
import { t } from './index.js';
import type { Lang } from './index.js';
import type { MessageValues } from './message-format.js';

export type AdminProjectsKey = keyof typeof projectBankDa;

// Transitional: call sites move to t() next.
export function bankText(lang: Lang, key: AdminProjectsKey, values?: MessageValues): string {
  return t(lang, key, values);
}

export function isAdminProjectsKey(key: string): key is AdminProjectsKey {
  return key in projectBankDa;
}

/** Whole kroner the reader's way: 100.000 kr. / DKK 100,000. */
export function formatKroner(lang: Lang, amount: number): string {
  return t(lang, 'common.kr', { amount: formatNumber(amount, 0, lang) });
}
