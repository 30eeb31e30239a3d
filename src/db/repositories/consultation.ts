// The consultation catalogue: inputs from a policy's consultation, tagged
// with the goals and committees they concern.
import type { Insertable, Kysely, Updateable } from 'kysely';
import type { ConsultationInputsTable, Database } from '../tables.js';

export async function insertConsultationInput(db: Kysely<Database>, row: Insertable<ConsultationInputsTable>) {
  return db.insertInto('consultation_inputs').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function findConsultationInput(db: Kysely<Database>, id: number) {
  return db.selectFrom('consultation_inputs').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The updated row, or undefined when the input is gone or no longer at `version`. */
export async function updateConsultationInputAtVersion(
  db: Kysely<Database>,
  id: number,
  version: number,
  changes: Omit<Updateable<ConsultationInputsTable>, 'id' | 'version' | 'created_at' | 'created_by'>,
) {
  return db
    .updateTable('consultation_inputs')
    .set((eb) => ({ ...changes, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', version)
    .returningAll()
    .executeTakeFirst();
}

export async function deleteConsultationInput(db: Kysely<Database>, id: number): Promise<void> {
  await db.deleteFrom('consultation_inputs').where('id', '=', id).execute();
}

export async function listConsultationInputs(db: Kysely<Database>, policyId: number) {
  return db.selectFrom('consultation_inputs').selectAll().where('policy_id', '=', policyId).orderBy('received_on').orderBy('id').execute();
}

export async function replaceConsultationTags(
  db: Kysely<Database>,
  inputId: number,
  tags: { goalIds: readonly number[]; committeeIds: readonly number[] },
): Promise<void> {
  await db.deleteFrom('consultation_input_goals').where('input_id', '=', inputId).execute();
  await db.deleteFrom('consultation_input_committees').where('input_id', '=', inputId).execute();
  if (tags.goalIds.length > 0) {
    await db
      .insertInto('consultation_input_goals')
      .values(tags.goalIds.map((goal_id) => ({ input_id: inputId, goal_id })))
      .execute();
  }
  if (tags.committeeIds.length > 0) {
    await db
      .insertInto('consultation_input_committees')
      .values(tags.committeeIds.map((committee_id) => ({ input_id: inputId, committee_id })))
      .execute();
  }
}

export async function listConsultationGoalTags(db: Kysely<Database>, policyId: number) {
  return db
    .selectFrom('consultation_input_goals')
    .innerJoin('goals', 'goals.id', 'consultation_input_goals.goal_id')
    .select(['consultation_input_goals.input_id', 'goals.id as goal_id', 'goals.code', 'goals.number'])
    .where('goals.policy_id', '=', policyId)
    .orderBy('goals.number')
    .execute();
}

export async function listConsultationCommitteeTags(db: Kysely<Database>) {
  return db
    .selectFrom('consultation_input_committees')
    .innerJoin('committees', 'committees.id', 'consultation_input_committees.committee_id')
    .select(['consultation_input_committees.input_id', 'committees.id as committee_id', 'committees.code'])
    .orderBy('committees.sort_order')
    .execute();
}
