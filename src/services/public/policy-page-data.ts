// What a policy's pages read: the overview with statuses and roll-ups, and
// the latest release with its completeness.
import type { Kysely } from 'kysely';
import { findCurrentPolicy } from '../../db/repositories/policies.js';
import type { Database, PolicyRow } from '../../db/tables.js';
import { getPolicyOverview } from '../policy-overview.js';
import type { PolicyOverview } from '../policy-overview.js';
import { requirePublicPolicy } from './public-policies.js';
import { getLatestReleaseSummary } from './release-history.js';
import type { ReleaseSummary } from './release-history.js';

export interface PolicyPageData {
  readonly overview: PolicyOverview;
  readonly latestRelease: ReleaseSummary | null;
}

async function pageDataOf(db: Kysely<Database>, policy: PolicyRow): Promise<PolicyPageData> {
  const [overview, latestRelease] = await Promise.all([getPolicyOverview(db, policy.code), getLatestReleaseSummary(db, policy.id)]);
  return { overview: overview!, latestRelease };
}

/** The public policy with the code; NotFound for an unknown or draft one. */
export async function getPolicyPageData(db: Kysely<Database>, policyCode: string): Promise<PolicyPageData> {
  return pageDataOf(db, await requirePublicPolicy(db, policyCode));
}

/** The overview alone of the public policy with the code (the API's policy, goals and statuses); NotFound for an unknown or draft one. */
export async function getPublicPolicyOverview(db: Kysely<Database>, policyCode: string): Promise<PolicyOverview> {
  const policy = await requirePublicPolicy(db, policyCode);
  return (await getPolicyOverview(db, policy.code))!;
}

/** The policy in force, for the front page; null before there is one. */
export async function getCurrentPolicyPageData(db: Kysely<Database>): Promise<PolicyPageData | null> {
  const policy = await findCurrentPolicy(db);
  return policy ? pageDataOf(db, policy) : null;
}
