// Action plans: one per committee, policy and year, each with numbered
// versions; a version owns its initiatives, their goals and their budgets.
import type { Insertable, Kysely } from 'kysely';
import type { ActionPlanBudgetsTable, ActionPlanInitiativesTable, ActionPlanVersionsTable, ActionPlansTable, Database } from '../tables.js';

export async function insertActionPlan(db: Kysely<Database>, row: Insertable<ActionPlansTable>) {
  return db.insertInto('action_plans').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function findActionPlan(db: Kysely<Database>, id: number) {
  return db.selectFrom('action_plans').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findActionPlanFor(db: Kysely<Database>, key: { policyId: number; committeeId: number; year: number }) {
  return db
    .selectFrom('action_plans')
    .selectAll()
    .where('policy_id', '=', key.policyId)
    .where('committee_id', '=', key.committeeId)
    .where('year', '=', key.year)
    .executeTakeFirst();
}

/** Plans with their committee, in the committees' order. */
export async function listActionPlans(db: Kysely<Database>, filter: { year?: number; committeeId?: number; policyId?: number }) {
  let query = db
    .selectFrom('action_plans')
    .innerJoin('committees', 'committees.id', 'action_plans.committee_id')
    .selectAll('action_plans')
    .select(['committees.code as committee_code', 'committees.name_da as committee_name_da', 'committees.name_en as committee_name_en'])
    .orderBy('action_plans.year')
    .orderBy('committees.sort_order')
    .orderBy('committees.id');
  if (filter.year !== undefined) query = query.where('action_plans.year', '=', filter.year);
  if (filter.committeeId !== undefined) query = query.where('action_plans.committee_id', '=', filter.committeeId);
  if (filter.policyId !== undefined) query = query.where('action_plans.policy_id', '=', filter.policyId);
  return query.execute();
}

export async function insertPlanVersion(db: Kysely<Database>, row: Insertable<ActionPlanVersionsTable>) {
  return db.insertInto('action_plan_versions').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function listPlanVersions(db: Kysely<Database>, planId: number) {
  return db.selectFrom('action_plan_versions').selectAll().where('action_plan_id', '=', planId).orderBy('number').execute();
}

/** The newest version of each of the plans. */
export async function listLatestPlanVersions(db: Kysely<Database>, planIds: readonly number[]) {
  if (planIds.length === 0) return [];
  return db
    .selectFrom('action_plan_versions as v')
    .selectAll('v')
    .where('v.action_plan_id', 'in', planIds)
    .where(({ eb, selectFrom }) =>
      eb(
        'v.number',
        '=',
        selectFrom('action_plan_versions as w')
          .select((w) => w.fn.max('w.number').as('n'))
          .whereRef('w.action_plan_id', '=', 'v.action_plan_id'),
      ),
    )
    .execute();
}

export async function insertInitiative(db: Kysely<Database>, row: Insertable<ActionPlanInitiativesTable>) {
  return db.insertInto('action_plan_initiatives').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function linkInitiativeGoals(db: Kysely<Database>, initiativeId: number, goalIds: readonly number[]) {
  if (goalIds.length === 0) return;
  await db
    .insertInto('action_plan_initiative_goals')
    .values(goalIds.map((goal_id) => ({ initiative_id: initiativeId, goal_id })))
    .execute();
}

export async function insertBudgets(db: Kysely<Database>, rows: readonly Insertable<ActionPlanBudgetsTable>[]) {
  if (rows.length === 0) return;
  await db
    .insertInto('action_plan_budgets')
    .values([...rows])
    .execute();
}

export async function listInitiatives(db: Kysely<Database>, versionIds: readonly number[]) {
  if (versionIds.length === 0) return [];
  return db
    .selectFrom('action_plan_initiatives')
    .leftJoin('indicators', 'indicators.id', 'action_plan_initiatives.indicator_id')
    .selectAll('action_plan_initiatives')
    .select(['indicators.code as indicator_code'])
    .where('action_plan_initiatives.version_id', 'in', versionIds)
    .orderBy('action_plan_initiatives.version_id')
    .orderBy('action_plan_initiatives.sort_order')
    .execute();
}

export async function listInitiativeGoals(db: Kysely<Database>, initiativeIds: readonly number[]) {
  if (initiativeIds.length === 0) return [];
  return db
    .selectFrom('action_plan_initiative_goals')
    .innerJoin('goals', 'goals.id', 'action_plan_initiative_goals.goal_id')
    .select(['action_plan_initiative_goals.initiative_id', 'goals.id as goal_id', 'goals.code', 'goals.number'])
    .where('action_plan_initiative_goals.initiative_id', 'in', initiativeIds)
    .orderBy('goals.number')
    .execute();
}

export async function listBudgets(db: Kysely<Database>, initiativeIds: readonly number[]) {
  if (initiativeIds.length === 0) return [];
  return db.selectFrom('action_plan_budgets').selectAll().where('initiative_id', 'in', initiativeIds).orderBy('initiative_id').orderBy('year').execute();
}
