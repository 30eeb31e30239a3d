// The sender's details as the letters print them: who sends, the
// administration, address, phone and e-mail, who signs, the barometer's
// public address and the sending committee. They are site settings, edited
// together on the letters' sender page; like the other settings they carry
// a fingerprint of what the form showed, so a change made meanwhile is not lost.
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { lockSettingsForEdit } from '../../db/repositories/settings-lock.js';
import type { Database } from '../../db/tables.js';
import { canEditLetterTemplates } from '../../domain/permissions.js';
import { StaleEdit } from '../admin/edit-errors.js';
import { inTransaction } from '../change-context.js';
import type { ChangeContext } from '../change-context.js';
import { Forbidden } from '../errors.js';
import { readSiteSettings, updateSiteSettings } from '../site-settings.js';
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

function pickSender(settings: SiteSettings): LetterSenderSettings {
  return Object.fromEntries(LETTER_SENDER_KEYS.map((key) => [key, settings[key]])) as LetterSenderSettings;
}

function fingerprintOf(settings: LetterSenderSettings): string {
  return createHash('sha256')
    .update(JSON.stringify(LETTER_SENDER_KEYS.map((key) => settings[key])))
    .digest('hex')
    .slice(0, 32);
}

export async function readLetterSenderSettings(db: Kysely<Database>): Promise<{ settings: LetterSenderSettings; fingerprint: string }> {
  const settings = pickSender(await readSiteSettings(db));
  return { settings, fingerprint: fingerprintOf(settings) };
}

export async function saveLetterSenderSettings(db: Kysely<Database>, fingerprint: string, changes: LetterSenderSettings, ctx: ChangeContext): Promise<void> {
  if (!canEditLetterTemplates(ctx.actor)) throw new Forbidden('error.letter.senderAdminOnly');
  await inTransaction(db, async (trx) => {
    await lockSettingsForEdit(trx);
    if (fingerprintOf(pickSender(await readSiteSettings(trx))) !== fingerprint) throw new StaleEdit('error.letter.senderStale');
    await updateSiteSettings(trx, pickSender({ ...(await readSiteSettings(trx)), ...changes }), ctx);
  });
}
