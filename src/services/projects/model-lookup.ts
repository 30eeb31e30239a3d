// Checks the model rows that plans, projects and consultation inputs point
// to before anything is written, so a wrong id is a clear Invalid error
// rather than a foreign-key failure from the database.
import type { Kysely } from 'kysely';
import {
  findAdministrationById,
  findCommitteeById,
  findIndicatorInPolicy,
  findPolicyById,
  listExistingGoalIds,
} from '../../db/repositories/model-references.js';
import type { Database } from '../../db/tables.js';
import { Invalid } from '../errors.js';

export async function requirePolicy(db: Kysely<Database>, policyId: number) {
  const row = await findPolicyById(db, policyId);
  if (!row) throw new Invalid('error.policy.noSuchId', { id: policyId });
  return row;
}

export async function requireCommittee(db: Kysely<Database>, committeeId: number) {
  const row = await findCommitteeById(db, committeeId);
  if (!row) throw new Invalid('error.committee.noSuchId', { id: committeeId });
  return row;
}

export async function requireCommittees(db: Kysely<Database>, committeeIds: readonly number[]): Promise<void> {
  for (const committeeId of committeeIds) await requireCommittee(db, committeeId);
}

export async function requireAdministration(db: Kysely<Database>, administrationId: number | null): Promise<void> {
  if (administrationId !== null && !(await findAdministrationById(db, administrationId))) {
    throw new Invalid('error.administration.noSuchId', { id: administrationId });
  }
}

/** Checks that every goal exists (and belongs to the policy, when one is named). */
export async function requireGoals(db: Kysely<Database>, goalIds: readonly number[], policyId?: number): Promise<void> {
  const found = new Set(await listExistingGoalIds(db, goalIds, policyId));
  const missing = goalIds.filter((goalId) => !found.has(goalId));
  if (missing.length > 0) {
    throw new Invalid(policyId === undefined ? 'error.goals.unknown' : 'error.goals.unknownInPolicy', { n: missing.length, codes: missing.join(', ') });
  }
}

export async function requireIndicator(db: Kysely<Database>, indicatorId: number | null, policyId: number): Promise<void> {
  if (indicatorId !== null && !(await findIndicatorInPolicy(db, indicatorId, policyId))) {
    throw new Invalid('error.indicator.notInPolicy', { id: indicatorId });
  }
}

export function uniqueIds(ids: readonly number[]): number[] {
  return [...new Set(ids)];
}
