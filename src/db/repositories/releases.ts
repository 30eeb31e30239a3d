// Releases: dated rounds of figures, their staged figures, and the record of
// indicators that had no new figure. Publishing one is in
// release-publication.ts.
import type { Insertable, Kysely } from 'kysely';
import type { Database, NewReleaseFigure, ReleaseMissingTable, ReleasesTable } from '../tables.js';

export async function insertRelease(db: Kysely<Database>, row: Insertable<ReleasesTable>) {
  return db.insertInto('releases').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function findRelease(db: Kysely<Database>, id: number) {
  return db.selectFrom('releases').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listReleases(db: Kysely<Database>, policyId: number) {
  return db.selectFrom('releases').selectAll().where('policy_id', '=', policyId).orderBy('published_on', 'desc').orderBy('id', 'desc').execute();
}

/** The newest published release of a policy. */
export async function findLatestPublishedRelease(db: Kysely<Database>, policyId: number) {
  return db
    .selectFrom('releases')
    .selectAll()
    .where('policy_id', '=', policyId)
    .where('state', '=', 'published')
    .orderBy('published_on', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export async function upsertReleaseFigure(db: Kysely<Database>, row: NewReleaseFigure) {
  const { release_id: _r, indicator_id: _i, period: _p, group_id: _g, area_id: _a, ...rest } = row;
  return db
    .insertInto('release_figures')
    .values(row)
    .onConflict((oc) => oc.columns(['release_id', 'indicator_id', 'period', 'group_id', 'area_id']).doUpdateSet(rest))
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function listReleaseFigures(db: Kysely<Database>, releaseId: number) {
  return db.selectFrom('release_figures').selectAll().where('release_id', '=', releaseId).orderBy('id').execute();
}

export async function upsertReleaseMissing(db: Kysely<Database>, row: Insertable<ReleaseMissingTable>) {
  const { release_id: _r, indicator_id: _i, ...rest } = row;
  await db
    .insertInto('release_missing')
    .values(row)
    .onConflict((oc) => oc.columns(['release_id', 'indicator_id']).doUpdateSet(rest))
    .execute();
}

export async function listReleaseMissing(db: Kysely<Database>, releaseId: number) {
  return db.selectFrom('release_missing').selectAll().where('release_id', '=', releaseId).execute();
}

/** The missing-figure notes of several releases in one query. */
export async function listReleasesMissing(db: Kysely<Database>, releaseIds: readonly number[]) {
  if (releaseIds.length === 0) return [];
  return db.selectFrom('release_missing').selectAll().where('release_id', 'in', releaseIds).execute();
}

/** Every release of every policy, newest first: the admin area's list. */
export async function listAllReleases(db: Kysely<Database>) {
  return db.selectFrom('releases').selectAll().orderBy('id', 'desc').execute();
}

/** The figures a release stages, with the codes people know them by. */
export async function listReleaseFigureViews(db: Kysely<Database>, releaseId: number, limit: number) {
  return db
    .selectFrom('release_figures as f')
    .innerJoin('indicators as i', 'i.id', 'f.indicator_id')
    .innerJoin('groups as g', 'g.id', 'f.group_id')
    .innerJoin('areas as a', 'a.id', 'f.area_id')
    .select([
      'f.id',
      'i.code as indicator',
      'i.data_owner_id',
      'f.period',
      'g.code as group_code',
      'a.code as area_code',
      'f.value',
      'f.is_provisional',
      'f.is_estimated',
      'f.note',
      'f.reason',
      'f.replaced_value',
      'f.created_by',
      'f.created_at',
    ])
    .where('f.release_id', '=', releaseId)
    .orderBy('i.code')
    .orderBy('f.period_sort')
    .orderBy('g.code')
    .orderBy('a.code')
    .limit(limit)
    .execute();
}
