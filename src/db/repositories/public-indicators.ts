// Read-only queries for the public indicator page: where the indicator sits
// in its policy, its data owner, the earlier values its figures replaced, and
// the releases that brought its figures.
import type { Kysely } from 'kysely';
import type { Database } from '../tables.js';

/** The focus area and goal an indicator belongs to. */
export async function findIndicatorPlacement(db: Kysely<Database>, goalId: number) {
  return db
    .selectFrom('goals as g')
    .innerJoin('focus_areas as a', 'a.id', 'g.focus_area_id')
    .select([
      'g.code as goal_code',
      'g.number as goal_number',
      'g.title_da as goal_title_da',
      'g.title_en as goal_title_en',
      'a.code as area_code',
      'a.number as area_number',
      'a.title_da as area_title_da',
      'a.title_en as area_title_en',
    ])
    .where('g.id', '=', goalId)
    .executeTakeFirst();
}

export async function findAdministration(db: Kysely<Database>, id: number) {
  return db.selectFrom('administrations').select(['code', 'name_da', 'name_en']).where('id', '=', id).executeTakeFirst();
}

/** The groups an indicator reports on, in the order they were defined. */
export async function listIndicatorGroups(db: Kysely<Database>, indicatorId: number) {
  return db
    .selectFrom('indicator_groups as ig')
    .innerJoin('groups as g', 'g.id', 'ig.group_id')
    .select(['g.id', 'g.code', 'g.name_da', 'g.name_en'])
    .where('ig.indicator_id', '=', indicatorId)
    .orderBy('g.id')
    .execute();
}

/** Every earlier value of the indicator's figures, with the release that replaced it. */
export async function listIndicatorRevisions(db: Kysely<Database>, indicatorId: number) {
  return db
    .selectFrom('measurement_history as h')
    .innerJoin('measurements as m', 'm.id', 'h.measurement_id')
    .innerJoin('releases as r', 'r.id', 'h.replaced_by_release_id')
    .select([
      'm.period',
      'm.period_sort',
      'm.group_id',
      'm.value as current_value',
      'h.measurement_id',
      'h.value as old_value',
      'h.reason',
      'h.id as history_id',
      'r.id as release_id',
      'r.title_da as release_title_da',
      'r.title_en as release_title_en',
      'r.published_on',
    ])
    .where('m.indicator_id', '=', indicatorId)
    .orderBy('h.id')
    .execute();
}

/** The published releases that brought figures for the indicator, newest first. */
export async function listReleasesWithIndicator(db: Kysely<Database>, indicatorId: number) {
  return db
    .selectFrom('releases as r')
    .select(['r.id', 'r.title_da', 'r.title_en', 'r.published_on'])
    .where('r.state', '=', 'published')
    .where((eb) =>
      eb.exists(eb.selectFrom('release_figures as f').select('f.id').whereRef('f.release_id', '=', 'r.id').where('f.indicator_id', '=', indicatorId)),
    )
    .orderBy('r.published_on', 'desc')
    .orderBy('r.id', 'desc')
    .execute();
}
