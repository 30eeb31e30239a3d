// What an import needs to know about the model besides the figures: which
// groups each indicator reports on, groups and areas it brings in bulk, and
// the frequency of an indicator it created, settled once all its figures
// have been read.
import type { Insertable, Kysely } from 'kysely';
import type { AreasTable, Database, GroupsTable, UpdateFrequency } from '../tables.js';

const ROWS_PER_STATEMENT = 1000;

/** Inserts groups, many per statement; returns each one's id by code. */
export async function insertGroups(db: Kysely<Database>, rows: readonly Insertable<GroupsTable>[]) {
  const ids: { id: number; code: string }[] = [];
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    ids.push(
      ...(await db
        .insertInto('groups')
        .values(rows.slice(start, start + ROWS_PER_STATEMENT))
        .returning(['id', 'code'])
        .execute()),
    );
  }
  return ids;
}

/** Inserts areas, many per statement; returns each one's id by code. */
export async function insertAreas(db: Kysely<Database>, rows: readonly Insertable<AreasTable>[]) {
  const ids: { id: number; code: string }[] = [];
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    ids.push(
      ...(await db
        .insertInto('areas')
        .values(rows.slice(start, start + ROWS_PER_STATEMENT))
        .returning(['id', 'code'])
        .execute()),
    );
  }
  return ids;
}

/** Every (indicator, group) pair of a policy's indicators. */
export async function listIndicatorGroupLinks(db: Kysely<Database>, policyId: number) {
  return db
    .selectFrom('indicator_groups')
    .innerJoin('indicators', 'indicators.id', 'indicator_groups.indicator_id')
    .select(['indicator_groups.indicator_id', 'indicator_groups.group_id'])
    .where('indicators.policy_id', '=', policyId)
    .execute();
}

/** Links indicators to groups, many pairs per statement. */
export async function linkIndicatorGroups(db: Kysely<Database>, pairs: readonly { indicator_id: number; group_id: number }[]) {
  for (let start = 0; start < pairs.length; start += ROWS_PER_STATEMENT) {
    await db
      .insertInto('indicator_groups')
      .values(pairs.slice(start, start + ROWS_PER_STATEMENT))
      .execute();
  }
}

export async function updateIndicatorFrequency(db: Kysely<Database>, indicatorId: number, frequency: UpdateFrequency) {
  await db.updateTable('indicators').set({ update_frequency: frequency }).where('id', '=', indicatorId).execute();
}
