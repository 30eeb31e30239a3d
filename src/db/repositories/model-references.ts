// Small look-ups of the model rows that plans, projects and consultation
// inputs point to, so services can check an id before they write.
import type { Kysely } from 'kysely';
import type { Database } from '../tables.js';

export async function findPolicyById(db: Kysely<Database>, id: number) {
  return db.selectFrom('policies').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findCommitteeById(db: Kysely<Database>, id: number) {
  return db.selectFrom('committees').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findAdministrationById(db: Kysely<Database>, id: number) {
  return db.selectFrom('administrations').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The ids among `goalIds` that exist (in the policy, when one is named). */
export async function listExistingGoalIds(db: Kysely<Database>, goalIds: readonly number[], policyId?: number): Promise<number[]> {
  if (goalIds.length === 0) return [];
  let query = db.selectFrom('goals').select('id').where('id', 'in', goalIds);
  if (policyId !== undefined) query = query.where('policy_id', '=', policyId);
  return (await query.execute()).map((g) => g.id);
}

export async function findIndicatorInPolicy(db: Kysely<Database>, indicatorId: number, policyId: number) {
  return db.selectFrom('indicators').select(['id', 'code']).where('id', '=', indicatorId).where('policy_id', '=', policyId).executeTakeFirst();
}
