// A group of site settings edited together on one admin page (the general
// settings, the letters' sender). The settings have no row of their own to
// carry a version, so the form carries a fingerprint of the group's values
// as it showed them; if they differ by the time it is saved, nothing is saved.
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { lockSettingsForEdit } from '../../db/repositories/settings-lock.js';
import type { Database } from '../../db/tables.js';
import type { Actor } from '../../domain/permissions.js';
import type { ErrorMessageKey } from '../../i18n/index.js';
import { inTransaction } from '../change-context.js';
import type { ChangeContext } from '../change-context.js';
import { Forbidden } from '../errors.js';
import { readSiteSettings, updateSiteSettings } from '../site-settings.js';
import type { SiteSettings } from '../site-settings.js';
import { StaleEdit } from './edit-errors.js';

export interface SettingsGroup<K extends keyof SiteSettings> {
  readonly keys: readonly K[];
  readonly mayEdit: (actor: Actor) => boolean;
  /** Said when the actor may not edit the group. */
  readonly forbidden: ErrorMessageKey;
  /** Said when the group changed after the form was shown. */
  readonly stale: ErrorMessageKey;
}

function pickGroup<K extends keyof SiteSettings>(settings: Pick<SiteSettings, K>, keys: readonly K[]): Pick<SiteSettings, K> {
  return Object.fromEntries(keys.map((key) => [key, settings[key]])) as Pick<SiteSettings, K>;
}

function fingerprintOf<K extends keyof SiteSettings>(settings: Pick<SiteSettings, K>, keys: readonly K[]): string {
  return createHash('sha256')
    .update(JSON.stringify(keys.map((key) => settings[key])))
    .digest('hex')
    .slice(0, 32);
}

export async function readSettingsGroup<K extends keyof SiteSettings>(
  db: Kysely<Database>,
  group: SettingsGroup<K>,
): Promise<{ settings: Pick<SiteSettings, K>; fingerprint: string }> {
  const settings = pickGroup(await readSiteSettings(db), group.keys);
  return { settings, fingerprint: fingerprintOf(settings, group.keys) };
}

export async function saveSettingsGroup<K extends keyof SiteSettings>(
  db: Kysely<Database>,
  group: SettingsGroup<K>,
  fingerprint: string,
  changes: Pick<SiteSettings, K>,
  ctx: ChangeContext,
): Promise<void> {
  if (!group.mayEdit(ctx.actor)) throw new Forbidden(group.forbidden);
  await inTransaction(db, async (trx) => {
    await lockSettingsForEdit(trx);
    const current = pickGroup(await readSiteSettings(trx), group.keys);
    if (fingerprintOf(current, group.keys) !== fingerprint) throw new StaleEdit(group.stale);
    await updateSiteSettings(trx, pickGroup(changes, group.keys), ctx);
  });
}
