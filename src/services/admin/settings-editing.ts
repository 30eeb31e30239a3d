// Editing the site settings from the admin area. The settings have no row
// of their own to carry a version, so the form carries a fingerprint of the
// values it showed; if they differ by the time it is saved, nothing is saved.
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { lockSettingsForEdit } from '../../db/repositories/settings-lock.js';
import type { Database } from '../../db/tables.js';
import { canEditSettings } from '../../domain/permissions.js';
import { inTransaction } from '../change-context.js';
import { Forbidden } from '../errors.js';
import type { ChangeContext } from '../change-context.js';
import { readSiteSettings, updateSiteSettings } from '../site-settings.js';
import type { SiteSettings } from '../site-settings.js';
import { StaleEdit } from './edit-errors.js';
import { LETTER_SENDER_KEYS } from '../letters/letter-sender-settings.js';
import type { LetterSenderKey } from '../letters/letter-sender-settings.js';

/**
 * The settings an administrator edits here (the demo-data flag is the
 * system's own; the letters' sender is edited on the letters' sender page).
 */
export type EditableSettings = Omit<SiteSettings, 'demo_data' | LetterSenderKey>;

const NOT_HERE: ReadonlySet<string> = new Set(['demo_data', ...LETTER_SENDER_KEYS]);

function settingsFingerprint(settings: SiteSettings): string {
  const editable = Object.entries(settings).filter(([key]) => !NOT_HERE.has(key));
  const ordered = Object.fromEntries(editable.sort(([a], [b]) => a.localeCompare(b)));
  return createHash('sha256').update(JSON.stringify(ordered)).digest('hex').slice(0, 32);
}

export async function readEditableSettings(db: Kysely<Database>) {
  const settings = await readSiteSettings(db);
  return { settings, fingerprint: settingsFingerprint(settings) };
}

export async function saveSettings(db: Kysely<Database>, fingerprint: string, changes: EditableSettings, ctx: ChangeContext) {
  if (!canEditSettings(ctx.actor)) throw new Forbidden('error.settings.adminOnly');
  return inTransaction(db, async (trx) => {
    await lockSettingsForEdit(trx);
    if (settingsFingerprint(await readSiteSettings(trx)) !== fingerprint) throw new StaleEdit('error.settings.stale');
    return updateSiteSettings(trx, changes, ctx);
  });
}
