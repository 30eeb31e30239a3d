// Settings an administrator may change (municipality, names, contact, the
// accessibility statement), stored in the settings table with frozen
// defaults here. Every reader goes through readSiteSettings.
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { readSettings, writeSetting } from '../db/repositories/settings.js';
import type { Database } from '../db/tables.js';
import { recordAudit } from '../db/repositories/audit.js';
import { inTransaction } from './change-context.js';
import type { ChangeContext } from './change-context.js';
import { Invalid } from './errors.js';

export const siteSettingsSchema = z.object({
  municipality_name_da: z.string().min(1).default('Kommunen'),
  municipality_name_en: z.string().min(1).default('The municipality'),
  barometer_name_da: z.string().min(1).default('Barometer'),
  barometer_name_en: z.string().min(1).default('Barometer'),
  /** Who signs the letters to the committees, e.g. the secretariat's name. */
  letter_sender_da: z.string().nullable().default(null),
  letter_sender_en: z.string().nullable().default(null),
  /** The signer's title under the name, e.g. the mayor's or the head of the secretariat's. */
  letter_sender_title_da: z.string().nullable().default(null),
  letter_sender_title_en: z.string().nullable().default(null),
  /** The sender's address and contact in the letterhead, one line each. */
  letter_sender_address: z.string().nullable().default(null),
  /** The administration the letters come from, under the sender in the letterhead. */
  letter_administration_da: z.string().nullable().default(null),
  letter_administration_en: z.string().nullable().default(null),
  letter_sender_phone: z.string().nullable().default(null),
  letter_sender_email: z.string().email().nullable().default(null),
  /** Who signs the letters (e.g. the chair of the committee that sends them) and the signatory's title. */
  letter_signatory_name: z.string().nullable().default(null),
  letter_signatory_title_da: z.string().nullable().default(null),
  letter_signatory_title_en: z.string().nullable().default(null),
  /** The public barometer's address as the letters print it, `www.kk.dk/inklusionsbarometret`; SITE_URL when unset. */
  letter_barometer_address: z.string().nullable().default(null),
  /** The code of the committee that sends the letters; the orientation letter goes to the others. */
  letter_sending_committee: z.string().nullable().default(null),
  accessibility_statement_url: z.string().url().nullable().default(null),
  contact_email: z.string().email().nullable().default(null),
  contact_text_da: z.string().nullable().default(null),
  contact_text_en: z.string().nullable().default(null),
  /** True while the database holds the illustrative demo data. */
  demo_data: z.boolean().default(false),
});

export type SiteSettings = Readonly<z.infer<typeof siteSettingsSchema>>;

const DEFAULT_SITE_SETTINGS: SiteSettings = Object.freeze(siteSettingsSchema.parse({}));

/** The stored settings over the defaults; a stored value that is no longer valid falls back to its default. */
export async function readSiteSettings(db: Kysely<Database>): Promise<SiteSettings> {
  const stored = await readSettings(db);
  const merged: Record<string, unknown> = { ...DEFAULT_SITE_SETTINGS };
  for (const [key, value] of Object.entries(stored)) {
    const field = siteSettingsSchema.shape[key as keyof SiteSettings];
    if (field?.safeParse(value).success) merged[key] = value;
  }
  return Object.freeze(merged as SiteSettings);
}

export async function updateSiteSettings(db: Kysely<Database>, changes: Partial<SiteSettings>, ctx: ChangeContext): Promise<SiteSettings> {
  const parsed = siteSettingsSchema.partial().safeParse(changes);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Invalid('error.input.named', { field: issue.path.join('.'), problem: issue.message });
  }
  return inTransaction(db, async (trx) => {
    const before = await readSiteSettings(trx);
    const at = ctx.now.toISOString();
    for (const [key, value] of Object.entries(parsed.data)) {
      if (value !== undefined) await writeSetting(trx, key, value, at);
    }
    const after = await readSiteSettings(trx);
    await recordAudit(trx, { at, actor: ctx.actor.label, action: 'update', entity: 'settings', before, after });
    return after;
  });
}
