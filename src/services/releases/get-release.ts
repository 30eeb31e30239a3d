// One release by id, for the screens that start from the address
// /admin/releases/:id; NotFound when there is none.
import type { Kysely } from 'kysely';
import type { Database } from '../../db/tables.js';
import { requireRelease } from './release-guards.js';
import { toRelease } from './release-model.js';
import type { Release } from './release-model.js';

export async function getRelease(db: Kysely<Database>, releaseId: number): Promise<Release> {
  return toRelease(await requireRelease(db, releaseId));
}
