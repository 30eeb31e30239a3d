// The general site settings, edited on /admin/settings: every setting but the
// demo-data flag (the system's own) and the letters' sender (edited on the
// letters' sender page), as one settings group with its fingerprint.
import type { Kysely } from 'kysely';
import type { Database } from '../../db/tables.js';
import { canEditSettings } from '../../domain/permissions.js';
import type { ChangeContext } from '../change-context.js';
import { LETTER_SENDER_KEYS } from '../letters/letter-sender-settings.js';
import type { LetterSenderKey } from '../letters/letter-sender-settings.js';
import { siteSettingsSchema } from '../site-settings.js';
import type { SiteSettings } from '../site-settings.js';
import { readSettingsGroup, saveSettingsGroup } from './settings-group.js';
import type { SettingsGroup } from './settings-group.js';

type EditableKey = Exclude<keyof SiteSettings, 'demo_data' | LetterSenderKey>;
export type EditableSettings = Pick<SiteSettings, EditableKey>;

const NOT_HERE: ReadonlySet<string> = new Set(['demo_data', ...LETTER_SENDER_KEYS]);

const GENERAL_SETTINGS: SettingsGroup<EditableKey> = {
  keys: (Object.keys(siteSettingsSchema.shape) as (keyof SiteSettings)[]).filter((key): key is EditableKey => !NOT_HERE.has(key)),
  mayEdit: canEditSettings,
  forbidden: 'error.settings.adminOnly',
  stale: 'error.settings.stale',
};

export const readEditableSettings = (db: Kysely<Database>) => readSettingsGroup(db, GENERAL_SETTINGS);

export const saveSettings = (db: Kysely<Database>, fingerprint: string, changes: EditableSettings, ctx: ChangeContext) =>
  saveSettingsGroup(db, GENERAL_SETTINGS, fingerprint, changes, ctx);
