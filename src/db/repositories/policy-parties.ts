// Who a policy's cycle tasks go to: the committees that answer for its goals
// and the administrations that own its indicators' data. A new year's cycle
// gives each of them their tasks (src/services/cycle/create-cycle.ts).
import type { Kysely } from 'kysely';
import type { Database } from '../tables.js';

/** The committees that answer for a policy's goals, in their order. */
export async function listPolicyCommitteeIds(db: Kysely<Database>, policyId: number): Promise<number[]> {
  const rows = await db
    .selectFrom('goal_committees')
    .innerJoin('goals', 'goals.id', 'goal_committees.goal_id')
    .innerJoin('committees', 'committees.id', 'goal_committees.committee_id')
    .select(['committees.id', 'committees.sort_order'])
    .distinct()
    .where('goals.policy_id', '=', policyId)
    .orderBy('committees.sort_order')
    .orderBy('committees.id')
    .execute();
  return rows.map((r) => r.id);
}

/** The administrations that own the data of a policy's indicators. */
export async function listPolicyDataOwnerIds(db: Kysely<Database>, policyId: number): Promise<number[]> {
  const rows = await db
    .selectFrom('indicators')
    .select('data_owner_id')
    .distinct()
    .where('policy_id', '=', policyId)
    .where('data_owner_id', 'is not', null)
    .orderBy('data_owner_id')
    .execute();
  return rows.map((r) => r.data_owner_id).filter((id): id is number => id !== null);
}
