// Texts for the import problems added with the limits on what an import may
// unpack (issue 16), Danish first, English with the same keys. A small
// catalogue of its own until it is folded into the admin releases' catalogue.
import type { AdminLang } from './admin.js';
import { formatMessage } from './message-format.js';

const importLimitsDa = {
  'code.file_too_large': 'Filen er for stor til en import: den fylder for meget, når den pakkes ud, eller har for mange rækker.',
};

const importLimitsEn: Record<keyof typeof importLimitsDa, string> = {
  'code.file_too_large': 'The file is too large for an import: it unpacks to too much, or has too many rows.',
};

export type ImportLimitsMessageKey = keyof typeof importLimitsDa;

const catalogues: Record<AdminLang, Record<ImportLimitsMessageKey, string>> = { da: importLimitsDa, en: importLimitsEn };

export function importLimitsText(lang: AdminLang, key: ImportLimitsMessageKey): string {
  return formatMessage(lang, catalogues[lang][key]);
}
