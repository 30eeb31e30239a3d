// The release the desk reports on: the round of figures being gathered (the
// current policy's newest draft) or, between rounds, the newest published
// release. Its completeness is the releases' own count (completeness.ts), so
// the desk says "14 of 15" exactly as the release page does.
import type { Kysely } from 'kysely';
import { findNewestDraftRelease } from '../../db/repositories/figures-releases.js';
import { findCurrentPolicy } from '../../db/repositories/policies.js';
import { findLatestPublishedRelease } from '../../db/repositories/releases.js';
import type { Database } from '../../db/tables.js';
import type { Lang } from '../../i18n/index.js';
import { getReleaseCompleteness } from '../releases/completeness.js';
import type { ReleaseCompletenessView } from '../releases/completeness.js';

/** The current release's id, or null before the current policy has any. */
export async function findCurrentReleaseId(db: Kysely<Database>): Promise<number | null> {
  const policy = await findCurrentPolicy(db);
  if (!policy) return null;
  const release = (await findNewestDraftRelease(db, policy.id)) ?? (await findLatestPublishedRelease(db, policy.id));
  return release?.id ?? null;
}

export async function readCurrentReleaseCompleteness(db: Kysely<Database>, lang: Lang): Promise<ReleaseCompletenessView | null> {
  const id = await findCurrentReleaseId(db);
  return id === null ? null : getReleaseCompleteness(db, id, lang);
}
