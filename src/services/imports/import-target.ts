// Where an import goes: the policy whose indicators the file names, and the
// draft release its figures are staged in (one given, or a new one). Wrong
// arguments are errors, not file problems: the file may be fine.
import { basename } from 'node:path';
import type { Kysely } from 'kysely';
import { countReleaseFigures } from '../../db/repositories/figures-batch.js';
import { findCurrentPolicy, findPolicyByCode, listPolicies } from '../../db/repositories/policies.js';
import { findRelease } from '../../db/repositories/releases.js';
import type { Database, PolicyRow, ReleaseRow } from '../../db/tables.js';
import type { ChangeContext } from '../change-context.js';
import { Conflict, Invalid, NotFound } from '../errors.js';
import { createRelease } from '../releases/create.js';

export interface ImportTargetOptions {
  /** The policy's code; by default the given release's policy, else the current policy. */
  readonly policyCode?: string;
  /** A draft release to stage into; by default the import creates one. */
  readonly releaseId?: number;
}

export async function findImportPolicy(db: Kysely<Database>, options: ImportTargetOptions): Promise<PolicyRow> {
  if (options.policyCode) {
    const policy = await findPolicyByCode(db, options.policyCode);
    if (!policy) throw new NotFound('error.policy.noSuchCode', { code: options.policyCode });
    return policy;
  }
  if (options.releaseId !== undefined) {
    const release = await findRelease(db, options.releaseId);
    if (!release) throw new NotFound('error.release.idGone', { id: options.releaseId });
    const policy = (await listPolicies(db)).find((p) => p.id === release.policy_id);
    if (policy) return policy;
  }
  const current = await findCurrentPolicy(db);
  if (!current) throw new NotFound('error.release.noPolicyToImportInto');
  return current;
}

/** The given release, checked to be a draft of the policy. */
export async function findDraftRelease(db: Kysely<Database>, releaseId: number, policy: PolicyRow): Promise<ReleaseRow> {
  const release = await findRelease(db, releaseId);
  if (!release) throw new NotFound('error.release.idGone', { id: releaseId });
  if (release.state !== 'draft') throw new Conflict('error.release.published', { id: releaseId });
  if (release.policy_id !== policy.id) throw new Invalid('error.release.otherPolicy', { id: releaseId, policy: policy.code });
  return release;
}

/** The draft an import stages into, as its report names it. */
export interface ImportRelease {
  readonly id: number;
  readonly title: string;
}

/** The draft to stage into, created when none is given, and whether it already held figures. */
export async function openImportRelease(
  trx: Kysely<Database>,
  policy: PolicyRow,
  options: ImportTargetOptions,
  sourceName: string,
  ctx: ChangeContext,
): Promise<{ release: ImportRelease; hadFigures: boolean }> {
  if (options.releaseId !== undefined) {
    const release = await findDraftRelease(trx, options.releaseId, policy);
    return { release: { id: release.id, title: release.title_da }, hadFigures: (await countReleaseFigures(trx, release.id)) > 0 };
  }
  const file = basename(sourceName);
  const release = await createRelease(trx, { policyId: policy.id, titleDa: `Import af ${file}`, titleEn: `Import of ${file}` }, ctx);
  return { release: { id: release.id, title: release.title.da }, hadFigures: false };
}
