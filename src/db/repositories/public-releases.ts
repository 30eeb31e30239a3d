// Read-only queries for the public release pages: published releases only,
// with the names the pages show joined in. A draft release and its staged
// figures never leave these functions.
import type { Kysely } from 'kysely';
import type { Database } from '../tables.js';

export async function listPublishedReleases(db: Kysely<Database>, policyId: number) {
  return db
    .selectFrom('releases')
    .selectAll()
    .where('policy_id', '=', policyId)
    .where('state', '=', 'published')
    .orderBy('published_on', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

export async function findPublishedRelease(db: Kysely<Database>, policyId: number, releaseId: number) {
  return db
    .selectFrom('releases')
    .selectAll()
    .where('policy_id', '=', policyId)
    .where('id', '=', releaseId)
    .where('state', '=', 'published')
    .executeTakeFirst();
}

/** Which indicators each release had figures for, and whether a figure revised a published one. */
export async function listReleaseFigureFlags(db: Kysely<Database>, releaseIds: readonly number[]) {
  if (releaseIds.length === 0) return [];
  return db.selectFrom('release_figures').select(['release_id', 'indicator_id', 'replaced_value']).where('release_id', 'in', releaseIds).execute();
}

/** The figures of one release with their indicator and group, in the policy's indicator order. */
export async function listReleaseFiguresWithNames(db: Kysely<Database>, releaseId: number) {
  return db
    .selectFrom('release_figures as f')
    .innerJoin('indicators as i', 'i.id', 'f.indicator_id')
    .innerJoin('groups as g', 'g.id', 'f.group_id')
    .select([
      'f.indicator_id',
      'f.period',
      'f.period_sort',
      'f.value',
      'f.is_provisional',
      'f.is_estimated',
      'f.reason',
      'f.replaced_value',
      'i.code as indicator_code',
      'i.title_da as indicator_title_da',
      'i.title_en as indicator_title_en',
      'i.unit',
      'i.unit_en',
      'i.group_unit_da',
      'i.group_unit_en',
      'i.precision',
      'g.code as group_code',
      'g.name_da as group_name_da',
      'g.name_en as group_name_en',
    ])
    .where('f.release_id', '=', releaseId)
    .orderBy('i.goal_id')
    .orderBy('i.sort_order')
    .orderBy('i.id')
    .orderBy('f.period_sort')
    .orderBy('g.id')
    .execute();
}

/** What was recorded about the indicators without a figure, with the administration that owes it. */
export async function listReleaseMissingWithNames(db: Kysely<Database>, releaseIds: readonly number[]) {
  if (releaseIds.length === 0) return [];
  return db
    .selectFrom('release_missing as m')
    .leftJoin('administrations as a', 'a.id', 'm.administration_id')
    .select([
      'm.release_id',
      'm.indicator_id',
      'm.missing_since',
      'm.reason_da',
      'm.reason_en',
      'm.expected_da',
      'm.expected_en',
      'a.code as administration_code',
      'a.name_da as administration_name_da',
      'a.name_en as administration_name_en',
    ])
    .where('m.release_id', 'in', releaseIds)
    .execute();
}
