// The annual cycle's rows: cycles, their milestones and tasks, with the
// committee or administration each task is assigned to.
import type { Insertable, Kysely, Updateable } from 'kysely';
import type { CycleMilestonesTable, CycleTasksTable, CyclesTable, Database } from '../tables.js';

export async function insertCycle(db: Kysely<Database>, row: Insertable<CyclesTable>) {
  return db.insertInto('cycles').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function findCycle(db: Kysely<Database>, id: number) {
  return db.selectFrom('cycles').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findCycleFor(db: Kysely<Database>, key: { policyId: number; year: number }) {
  return db.selectFrom('cycles').selectAll().where('policy_id', '=', key.policyId).where('year', '=', key.year).executeTakeFirst();
}

export async function listCycles(db: Kysely<Database>, policyId: number) {
  return db.selectFrom('cycles').selectAll().where('policy_id', '=', policyId).orderBy('year', 'desc').execute();
}

export async function insertMilestone(db: Kysely<Database>, row: Insertable<CycleMilestonesTable>) {
  return db.insertInto('cycle_milestones').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function findMilestone(db: Kysely<Database>, id: number) {
  return db.selectFrom('cycle_milestones').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listMilestones(db: Kysely<Database>, cycleId: number) {
  return db.selectFrom('cycle_milestones').selectAll().where('cycle_id', '=', cycleId).orderBy('date').orderBy('id').execute();
}

/** Milestones of a policy's cycles on or after a date, in date order. */
export async function listMilestonesFrom(db: Kysely<Database>, options: { policyId: number; from: string; limit?: number }) {
  let query = db
    .selectFrom('cycle_milestones')
    .innerJoin('cycles', 'cycles.id', 'cycle_milestones.cycle_id')
    .selectAll('cycle_milestones')
    .where('cycles.policy_id', '=', options.policyId)
    .where('cycle_milestones.date', '>=', options.from)
    .orderBy('cycle_milestones.date')
    .orderBy('cycle_milestones.id');
  if (options.limit !== undefined) query = query.limit(options.limit);
  return query.execute();
}

/** Updates a milestone if it is still at `version`; returns the number of rows changed. */
export async function updateMilestone(db: Kysely<Database>, id: number, version: number, changes: Updateable<CycleMilestonesTable>) {
  const result = await db
    .updateTable('cycle_milestones')
    .set({ ...changes, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function deleteMilestone(db: Kysely<Database>, id: number) {
  await db.deleteFrom('cycle_milestones').where('id', '=', id).execute();
}

export async function insertTask(db: Kysely<Database>, row: Insertable<CycleTasksTable>) {
  return db.insertInto('cycle_tasks').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function findTask(db: Kysely<Database>, id: number) {
  return db.selectFrom('cycle_tasks').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Tasks with their assignee's code and names, filtered by milestone ids or by cycle. */
export async function listTasksWithAssignees(db: Kysely<Database>, filter: { milestoneIds?: readonly number[]; cycleId?: number; committeeId?: number }) {
  let query = db
    .selectFrom('cycle_tasks')
    .innerJoin('cycle_milestones', 'cycle_milestones.id', 'cycle_tasks.milestone_id')
    .leftJoin('committees', 'committees.id', 'cycle_tasks.committee_id')
    .leftJoin('administrations', 'administrations.id', 'cycle_tasks.administration_id')
    .selectAll('cycle_tasks')
    .select([
      'cycle_milestones.cycle_id',
      'cycle_milestones.kind as milestone_kind',
      'cycle_milestones.title_da as milestone_title_da',
      'cycle_milestones.title_en as milestone_title_en',
      'cycle_milestones.date as milestone_date',
      'committees.code as committee_code',
      'committees.name_da as committee_name_da',
      'committees.name_en as committee_name_en',
      'committees.sort_order as committee_sort_order',
      'administrations.code as administration_code',
      'administrations.name_da as administration_name_da',
      'administrations.name_en as administration_name_en',
    ])
    .orderBy('cycle_milestones.date')
    .orderBy('cycle_tasks.milestone_id')
    .orderBy('committees.sort_order')
    .orderBy('administrations.code')
    .orderBy('cycle_tasks.id');
  if (filter.milestoneIds !== undefined) {
    if (filter.milestoneIds.length === 0) return [];
    query = query.where('cycle_tasks.milestone_id', 'in', [...filter.milestoneIds]);
  }
  if (filter.cycleId !== undefined) query = query.where('cycle_milestones.cycle_id', '=', filter.cycleId);
  if (filter.committeeId !== undefined) query = query.where('cycle_tasks.committee_id', '=', filter.committeeId);
  return query.execute();
}

export type TaskWithAssigneeRow = Awaited<ReturnType<typeof listTasksWithAssignees>>[number];

/** Updates a task if it is still at `version`; returns the number of rows changed. */
export async function updateTask(db: Kysely<Database>, id: number, version: number, changes: Updateable<CycleTasksTable>) {
  const result = await db
    .updateTable('cycle_tasks')
    .set({ ...changes, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function deleteTask(db: Kysely<Database>, id: number) {
  await db.deleteFrom('cycle_tasks').where('id', '=', id).execute();
}
