// The project bank's projects and the goals they serve. Public readers use
// listPublicProjectRows, which names its columns one by one and never
// touches project_internal; the internal fields have their own functions.
import type { Insertable, Kysely, Updateable } from 'kysely';
import type { Database, ProjectInternalTable, ProjectsTable } from '../tables.js';

export async function insertProject(db: Kysely<Database>, row: Insertable<ProjectsTable>) {
  return db.insertInto('projects').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function findProject(db: Kysely<Database>, id: number) {
  return db.selectFrom('projects').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Every project, every column of the projects table (not the internal fields), for the administration. */
export async function listProjects(db: Kysely<Database>, filter: { committeeId?: number } = {}) {
  let query = db.selectFrom('projects').selectAll().orderBy('start_on', 'desc').orderBy('id');
  if (filter.committeeId !== undefined) query = query.where('committee_id', '=', filter.committeeId);
  return query.execute();
}

/** The updated row, or undefined when the project is gone or no longer at `version`. */
export async function updateProjectAtVersion(
  db: Kysely<Database>,
  id: number,
  version: number,
  changes: Omit<Updateable<ProjectsTable>, 'id' | 'version' | 'created_at' | 'created_by'>,
) {
  return db
    .updateTable('projects')
    .set((eb) => ({ ...changes, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', version)
    .returningAll()
    .executeTakeFirst();
}

export async function deleteProject(db: Kysely<Database>, id: number): Promise<void> {
  await db.deleteFrom('projects').where('id', '=', id).execute();
}

export async function listProjectReferences(db: Kysely<Database>): Promise<string[]> {
  const rows = await db.selectFrom('projects').select('reference').where('reference', 'is not', null).execute();
  return rows.map((r) => r.reference!);
}

/** The public columns of projects with their committee and administration; nothing internal. */
export async function listPublicProjectRows(db: Kysely<Database>, filter: { id?: number } = {}) {
  let query = db
    .selectFrom('projects')
    .innerJoin('committees', 'committees.id', 'projects.committee_id')
    .leftJoin('administrations', 'administrations.id', 'projects.administration_id')
    .select([
      'projects.id',
      'projects.reference',
      'projects.title',
      'projects.description',
      'projects.owner',
      'projects.start_on',
      'projects.end_on',
      'projects.budget_kr',
      'projects.cofunding_kr',
      'projects.funding_source',
      'projects.target_group',
      'projects.contact',
      'committees.id as committee_id',
      'committees.code as committee_code',
      'committees.name_da as committee_name_da',
      'committees.name_en as committee_name_en',
      'administrations.code as administration_code',
      'administrations.name_da as administration_name_da',
      'administrations.name_en as administration_name_en',
    ])
    .orderBy('projects.start_on', 'desc')
    .orderBy('projects.title');
  if (filter.id !== undefined) query = query.where('projects.id', '=', filter.id);
  return query.execute();
}

export async function replaceProjectGoals(db: Kysely<Database>, projectId: number, goalIds: readonly number[]): Promise<void> {
  await db.deleteFrom('project_goals').where('project_id', '=', projectId).execute();
  if (goalIds.length === 0) return;
  await db
    .insertInto('project_goals')
    .values(goalIds.map((goal_id) => ({ project_id: projectId, goal_id })))
    .execute();
}

/** Goals served by the projects (all projects when no ids are given), in the goals' order. */
export async function listProjectGoals(db: Kysely<Database>, projectIds?: readonly number[]) {
  if (projectIds?.length === 0) return [];
  let query = db
    .selectFrom('project_goals')
    .innerJoin('goals', 'goals.id', 'project_goals.goal_id')
    .select(['project_goals.project_id', 'goals.id as goal_id', 'goals.code', 'goals.number', 'goals.title_da', 'goals.title_en'])
    .orderBy('goals.number');
  if (projectIds) query = query.where('project_goals.project_id', 'in', projectIds);
  return query.execute();
}

export async function upsertProjectInternal(db: Kysely<Database>, row: ProjectInternalTable): Promise<void> {
  const { project_id: _id, ...rest } = row;
  await db
    .insertInto('project_internal')
    .values(row)
    .onConflict((oc) => oc.column('project_id').doUpdateSet(rest))
    .execute();
}

export async function findProjectInternal(db: Kysely<Database>, projectId: number) {
  return db.selectFrom('project_internal').selectAll().where('project_id', '=', projectId).executeTakeFirst();
}

/** The first start and the last end (extensions included) of all projects; nulls when there are none. */
export async function findProjectDateSpan(db: Kysely<Database>): Promise<{ firstStart: string | null; lastEnd: string | null }> {
  const span = await db
    .selectFrom('projects')
    .select((eb) => [eb.fn.min('start_on').as('first'), eb.fn.max('end_on').as('last')])
    .executeTakeFirst();
  const extended = await db
    .selectFrom('project_decisions')
    .select((eb) => eb.fn.max('extended_until').as('last'))
    .executeTakeFirst();
  const ends = [span?.last, extended?.last].filter((d): d is string => !!d).sort();
  return { firstStart: span?.first ?? null, lastEnd: ends.at(-1) ?? null };
}

/** The project that has the number, if any. */
export async function findProjectIdByReference(db: Kysely<Database>, reference: string): Promise<number | undefined> {
  const row = await db.selectFrom('projects').select('id').where('reference', '=', reference).executeTakeFirst();
  return row?.id;
}
