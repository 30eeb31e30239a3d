// Policies and their tree: focus areas, goals and the committees responsible.
import type { Insertable, Kysely } from 'kysely';
import type { Database, FocusAreasTable, GoalCommitteesTable, GoalsTable, PoliciesTable } from '../tables.js';

export async function insertPolicy(db: Kysely<Database>, row: Insertable<PoliciesTable>) {
  return db.insertInto('policies').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function insertFocusArea(db: Kysely<Database>, row: Insertable<FocusAreasTable>) {
  return db.insertInto('focus_areas').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function insertGoal(db: Kysely<Database>, row: Insertable<GoalsTable>) {
  return db.insertInto('goals').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function linkGoalCommittee(db: Kysely<Database>, row: Insertable<GoalCommitteesTable>) {
  await db.insertInto('goal_committees').values(row).execute();
}

export async function countPolicies(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('policies')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function listPolicies(db: Kysely<Database>) {
  return db.selectFrom('policies').selectAll().orderBy('first_year', 'desc').execute();
}

export async function findPolicyByCode(db: Kysely<Database>, code: string) {
  return db.selectFrom('policies').selectAll().where('code', '=', code).executeTakeFirst();
}

/** The policy in force: the active one that started last. */
export async function findCurrentPolicy(db: Kysely<Database>) {
  return db.selectFrom('policies').selectAll().where('state', '=', 'active').orderBy('first_year', 'desc').limit(1).executeTakeFirst();
}

export async function listFocusAreas(db: Kysely<Database>, policyId: number) {
  return db.selectFrom('focus_areas').selectAll().where('policy_id', '=', policyId).orderBy('number').execute();
}

export async function listGoals(db: Kysely<Database>, policyId: number) {
  return db.selectFrom('goals').selectAll().where('policy_id', '=', policyId).orderBy('number').execute();
}

/** Which committees answer for which goals of a policy. */
export async function listGoalCommittees(db: Kysely<Database>, policyId: number) {
  return db
    .selectFrom('goal_committees')
    .innerJoin('goals', 'goals.id', 'goal_committees.goal_id')
    .innerJoin('committees', 'committees.id', 'goal_committees.committee_id')
    .select([
      'goal_committees.goal_id',
      'goal_committees.role',
      'committees.id as committee_id',
      'committees.code',
      'committees.name_da',
      'committees.name_en',
      'committees.sort_order',
    ])
    .where('goals.policy_id', '=', policyId)
    .orderBy('committees.sort_order')
    .orderBy('committees.id')
    .execute();
}
