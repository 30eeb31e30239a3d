// The sender's details as the letters print them: who sends, the
// administration, address, phone and e-mail, who signs, the barometer's
// public address and the sending committee. They are site settings, edited
// together on the letters' sender page; one settings group, whose
// fingerprint keeps a change made meanwhile from being lost.
import type { Kysely } from 'kysely';
import type { Database } from '../../db/tables.js';
import { canEditLetterTemplates } from '../../domain/permissions.js';
import { readSettingsGroup, saveSettingsGroup } from '../admin/settings-group.js';
import type { SettingsGroup } from '../admin/settings-group.js';
import type { ChangeContext } from '../change-context.js';
import type { SiteSettings } from '../site-settings.js';

export const LETTER_SENDER_KEYS = [
  'letter_sender_da',
  'letter_sender_en',
  'letter_sender_title_da',
  'letter_sender_title_en',
  'letter_administration_da',
  'letter_administration_en',
  'letter_sender_address',
  'letter_sender_phone',
  'letter_sender_email',
  'letter_signatory_name',
  'letter_signatory_title_da',
  'letter_signatory_title_en',
  'letter_barometer_address',
  'letter_sending_committee',
] as const satisfies readonly (keyof SiteSettings)[];

export type LetterSenderKey = (typeof LETTER_SENDER_KEYS)[number];
export type LetterSenderSettings = Pick<SiteSettings, LetterSenderKey>;

const LETTER_SENDER: SettingsGroup<LetterSenderKey> = {
  keys: LETTER_SENDER_KEYS,
  mayEdit: canEditLetterTemplates,
  forbidden: 'error.letter.senderAdminOnly',
  stale: 'error.letter.senderStale',
};

export const readLetterSenderSettings = (db: Kysely<Database>) => readSettingsGroup(db, LETTER_SENDER);

export const saveLetterSenderSettings = (db: Kysely<Database>, fingerprint: string, changes: LetterSenderSettings, ctx: ChangeContext) =>
  saveSettingsGroup(db, LETTER_SENDER, fingerprint, changes, ctx);
