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

/**
 * The initiatives that serve a goal, from each plan's newest approved
 * version (a version still waiting for its committee is left out), with the
 * plan's year and committee and the indicator that follows the initiative.
 */
export async function listApprovedInitiativesForGoal(db: Kysely<Database>, policyId: number, goalCode: string) {
  return db
    .selectFrom('action_plan_initiatives as i')
    .innerJoin('action_plan_initiative_goals as ig', 'ig.initiative_id', 'i.id')
    .innerJoin('goals as g', 'g.id', 'ig.goal_id')
    .innerJoin('action_plan_versions as v', 'v.id', 'i.version_id')
    .innerJoin('action_plans as p', 'p.id', 'v.action_plan_id')
    .innerJoin('committees as c', 'c.id', 'p.committee_id')
    .leftJoin('indicators as ind', (join) => join.onRef('ind.id', '=', 'i.indicator_id').on('ind.policy_id', '=', policyId))
    .select([
      'i.id',
      'i.title',
      'i.result_target',
      'i.first_year',
      'i.last_year',
      'p.year as plan_year',
      'v.number as version_number',
      'v.approved_on',
      'c.code as committee_code',
      'c.name_da as committee_name_da',
      'c.name_en as committee_name_en',
      'ind.code as indicator_code',
      'ind.title_da as indicator_title_da',
      'ind.title_en as indicator_title_en',
    ])
    .where('p.policy_id', '=', policyId)
    .where('g.policy_id', '=', policyId)
    .where('g.code', '=', goalCode)
    .where('v.approved_on', 'is not', null)
    .where(({ eb, selectFrom }) =>
      eb(
        'v.number',
        '=',
        selectFrom('action_plan_versions as w')
          .select((w) => w.fn.max('w.number').as('n'))
          .whereRef('w.action_plan_id', '=', 'p.id')
          .where('w.approved_on', 'is not', null),
      ),
    )
    .orderBy('p.year', 'desc')
    .orderBy('c.sort_order')
    .orderBy('c.id')
    .orderBy('i.sort_order')
    .execute();
}
