// Which policies the public may see: active and archived ones. A draft is
// still being written and does not exist for the public site or the API.
import type { Kysely } from 'kysely';
import { findCurrentPolicy, findPolicyByCode, listPolicies } from '../../db/repositories/policies.js';
import type { Database, PolicyRow, PolicyState } from '../../db/tables.js';
import { NotFound } from '../errors.js';
import { optionalText, text } from '../../domain/text.js';
import type { Text } from '../../domain/text.js';

export interface PublicPolicy {
  readonly code: string;
  readonly title: Text;
  readonly subtitle: Text | null;
  readonly firstYear: number;
  readonly lastYear: number;
  readonly adoptedOn: string | null;
  readonly state: Exclude<PolicyState, 'draft'>;
  /** The policy the front page shows. */
  readonly isCurrent: boolean;
}

/** A policy as a page names it: its code and its title. */
export interface PolicyName {
  readonly code: string;
  readonly title: Text;
}

const isPublic = (policy: PolicyRow): boolean => policy.state !== 'draft';

export const toPolicyName = (policy: PolicyRow): PolicyName => ({ code: policy.code, title: text(policy.title_da, policy.title_en) });

/** The stored public policy, for the services that read what belongs to it; NotFound for an unknown or draft one. */
export async function requirePublicPolicy(db: Kysely<Database>, policyCode: string): Promise<PolicyRow> {
  const policy = await findPolicyByCode(db, policyCode);
  if (!policy || !isPublic(policy)) throw new NotFound('error.policy.noSuchCode', { code: policyCode });
  return policy;
}

/** The code of the policy the front page shows, or null before there is one. */
export async function getCurrentPolicyCode(db: Kysely<Database>): Promise<string | null> {
  return (await findCurrentPolicy(db))?.code ?? null;
}

/** The code of the policy with the id, in any state: the admin preview knows a draft release's policy by its id. */
export async function getPolicyCode(db: Kysely<Database>, policyId: number): Promise<string> {
  const policy = (await listPolicies(db)).find((p) => p.id === policyId);
  if (!policy) throw new NotFound('error.policy.noSuchId', { id: policyId });
  return policy.code;
}

/** Every public policy, newest first. */
export async function listPublicPolicies(db: Kysely<Database>): Promise<PublicPolicy[]> {
  const [policies, current] = await Promise.all([listPolicies(db), findCurrentPolicy(db)]);
  return policies.filter(isPublic).map((p) => ({
    code: p.code,
    title: text(p.title_da, p.title_en),
    subtitle: optionalText(p.subtitle_da, p.subtitle_en),
    firstYear: p.first_year,
    lastYear: p.last_year,
    adoptedOn: p.adopted_on,
    state: p.state as PublicPolicy['state'],
    isCurrent: p.id === current?.id,
  }));
}
