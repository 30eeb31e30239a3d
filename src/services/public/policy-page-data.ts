// What a policy's pages read: the overview with statuses and roll-ups, and
// the latest release with its completeness. Without a code: the current
// policy (null when there is none yet).
import type { Kysely } from 'kysely';
import { findCurrentPolicy } from '../../db/repositories/policies.js';
import type { Database } from '../../db/tables.js';
import { getPolicyOverview } from '../policy-overview.js';
import type { PolicyOverview } from '../policy-overview.js';
import { requirePublicPolicy } from './public-policies.js';
import { getLatestReleaseSummary } from './release-history.js';
import type { ReleaseSummary } from './release-history.js';

export interface PolicyPageData {
  readonly overview: PolicyOverview;
  readonly latestRelease: ReleaseSummary | null;
}

export async function getPolicyPageData(db: Kysely<Database>, policyCode?: string): Promise<PolicyPageData | null> {
  const policy = policyCode ? await requirePublicPolicy(db, policyCode) : await findCurrentPolicy(db);
  if (!policy) return null;
  const [overview, latestRelease] = await Promise.all([getPolicyOverview(db, policy.code), getLatestReleaseSummary(db, policy.id)]);
  return { overview: overview!, latestRelease };
}
