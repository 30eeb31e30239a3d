// Indicators: their definition and the groups they report on.
import type { Kysely } from 'kysely';
import type { Database, NewIndicator } from '../tables.js';

export async function insertIndicator(db: Kysely<Database>, row: NewIndicator) {
  return db.insertInto('indicators').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function linkIndicatorGroup(db: Kysely<Database>, indicatorId: number, groupId: number) {
  await db.insertInto('indicator_groups').values({ indicator_id: indicatorId, group_id: groupId }).execute();
}

export async function listIndicatorsForPolicy(db: Kysely<Database>, policyId: number) {
  return db.selectFrom('indicators').selectAll().where('policy_id', '=', policyId).orderBy('goal_id').orderBy('sort_order').orderBy('id').execute();
}

export async function findIndicatorByCode(db: Kysely<Database>, policyId: number, code: string) {
  return db.selectFrom('indicators').selectAll().where('policy_id', '=', policyId).where('code', '=', code).executeTakeFirst();
}
