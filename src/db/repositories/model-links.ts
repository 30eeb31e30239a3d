// The many-to-many links edited together with their owner: an indicator's
// groups and a goal's committees. Replaced as a whole on save.
import type { Kysely } from 'kysely';
import type { Database } from '../tables.js';

export async function listIndicatorGroupIds(db: Kysely<Database>, indicatorId: number): Promise<number[]> {
  const rows = await db.selectFrom('indicator_groups').select('group_id').where('indicator_id', '=', indicatorId).orderBy('group_id').execute();
  return rows.map((r) => r.group_id);
}

export async function replaceIndicatorGroups(db: Kysely<Database>, indicatorId: number, groupIds: readonly number[]): Promise<void> {
  await db.deleteFrom('indicator_groups').where('indicator_id', '=', indicatorId).execute();
  if (groupIds.length === 0) return;
  await db
    .insertInto('indicator_groups')
    .values(groupIds.map((group_id) => ({ indicator_id: indicatorId, group_id })))
    .execute();
}

export interface GoalCommitteeLink {
  committee_id: number;
  role: 'lead' | 'shared';
}

export async function listGoalCommitteeLinks(db: Kysely<Database>, goalId: number): Promise<GoalCommitteeLink[]> {
  return db.selectFrom('goal_committees').select(['committee_id', 'role']).where('goal_id', '=', goalId).orderBy('committee_id').execute();
}

export async function replaceGoalCommittees(db: Kysely<Database>, goalId: number, links: readonly GoalCommitteeLink[]): Promise<void> {
  await db.deleteFrom('goal_committees').where('goal_id', '=', goalId).execute();
  if (links.length === 0) return;
  await db
    .insertInto('goal_committees')
    .values(links.map((l) => ({ goal_id: goalId, ...l })))
    .execute();
}

export async function listGoalIdsOfCommittee(db: Kysely<Database>, committeeId: number): Promise<number[]> {
  const rows = await db.selectFrom('goal_committees').select('goal_id').where('committee_id', '=', committeeId).orderBy('goal_id').execute();
  return rows.map((r) => r.goal_id);
}
