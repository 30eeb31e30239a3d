// What happens to a project after it starts: quarterly monitoring reports,
// evaluations, and the decisions at the end of its period.
import type { Insertable, Kysely, Updateable } from 'kysely';
import type { Database, ProjectDecisionsTable, ProjectEvaluationsTable, ProjectMonitoringTable } from '../tables.js';

/** Adds the report for a quarter, or replaces the one there is. */
export async function upsertMonitoringReport(db: Kysely<Database>, row: Insertable<ProjectMonitoringTable>) {
  const { project_id: _p, quarter_index: _q, created_at: _c, created_by: _b, ...rest } = row;
  return db
    .insertInto('project_monitoring')
    .values(row)
    .onConflict((oc) => oc.columns(['project_id', 'quarter_index']).doUpdateSet(rest))
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function findMonitoringReport(db: Kysely<Database>, projectId: number, quarterIndex: number) {
  return db.selectFrom('project_monitoring').selectAll().where('project_id', '=', projectId).where('quarter_index', '=', quarterIndex).executeTakeFirst();
}

export async function setMonitoringFollowUp(
  db: Kysely<Database>,
  id: number,
  change: Pick<ProjectMonitoringTable, 'follow_up_on' | 'follow_up_note' | 'updated_at'>,
) {
  return db.updateTable('project_monitoring').set(change).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}

/** Reports of the projects (all projects when no ids are given), oldest quarter first. */
export async function listMonitoringReports(db: Kysely<Database>, projectIds?: readonly number[]) {
  if (projectIds?.length === 0) return [];
  let query = db.selectFrom('project_monitoring').selectAll().orderBy('project_id').orderBy('quarter_index');
  if (projectIds) query = query.where('project_id', 'in', projectIds);
  return query.execute();
}

export async function insertEvaluation(db: Kysely<Database>, row: Insertable<ProjectEvaluationsTable>) {
  return db.insertInto('project_evaluations').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function findEvaluation(db: Kysely<Database>, id: number) {
  return db.selectFrom('project_evaluations').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function updateEvaluation(db: Kysely<Database>, id: number, changes: Omit<Updateable<ProjectEvaluationsTable>, 'id' | 'project_id'>) {
  return db.updateTable('project_evaluations').set(changes).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}

export async function listEvaluations(db: Kysely<Database>, projectIds?: readonly number[]) {
  if (projectIds?.length === 0) return [];
  let query = db.selectFrom('project_evaluations').selectAll().orderBy('project_id').orderBy('id');
  if (projectIds) query = query.where('project_id', 'in', projectIds);
  return query.execute();
}

export async function insertDecision(db: Kysely<Database>, row: Insertable<ProjectDecisionsTable>) {
  return db.insertInto('project_decisions').values(row).returningAll().executeTakeFirstOrThrow();
}

/** Decisions in the order they were taken (by day, then as entered). */
export async function listDecisions(db: Kysely<Database>, projectIds?: readonly number[]) {
  if (projectIds?.length === 0) return [];
  let query = db.selectFrom('project_decisions').selectAll().orderBy('project_id').orderBy('decided_on').orderBy('id');
  if (projectIds) query = query.where('project_id', 'in', projectIds);
  return query.execute();
}
