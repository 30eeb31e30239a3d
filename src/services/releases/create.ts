// A new draft release of a policy: the round of figures that is gathered,
// checked and then published. Only the secretariat opens one. It starts with
// the missing figures still owed from earlier releases (carry-forward.ts).
import type { Kysely } from 'kysely';
import { recordAudit } from '../../db/repositories/audit.js';
import { listPolicies } from '../../db/repositories/policies.js';
import { insertRelease } from '../../db/repositories/releases.js';
import type { Database } from '../../db/tables.js';
import { canManageReleases } from '../../domain/permissions.js';
import { inTransaction } from '../change-context.js';
import type { ChangeContext } from '../change-context.js';
import { NotFound } from '../errors.js';
import { carryForwardMissingNotes } from './carry-forward.js';
import { requireRight } from './release-guards.js';
import { toRelease } from './release-model.js';
import type { Release } from './release-model.js';

export interface NewReleaseInput {
  policyId: number;
  titleDa: string;
  titleEn?: string | null;
  noteDa?: string | null;
  noteEn?: string | null;
}

export async function createRelease(db: Kysely<Database>, input: NewReleaseInput, ctx: ChangeContext): Promise<Release> {
  return inTransaction(db, async (trx) => {
    requireRight(canManageReleases(ctx.actor), 'error.right.createRelease');
    if (!(await listPolicies(trx)).some((p) => p.id === input.policyId)) throw new NotFound('error.policy.idGone', { id: input.policyId });
    const release = await insertRelease(trx, {
      policy_id: input.policyId,
      title_da: input.titleDa,
      title_en: input.titleEn ?? null,
      note_da: input.noteDa ?? null,
      note_en: input.noteEn ?? null,
      state: 'draft',
      created_at: ctx.now.toISOString(),
      created_by: ctx.actor.label,
    });
    const carriedForward = await carryForwardMissingNotes(trx, release);
    await recordAudit(trx, {
      at: ctx.now.toISOString(),
      actor: ctx.actor.label,
      action: 'create',
      entity: 'release',
      entityId: release.id,
      after: { ...release, carriedForward },
    });
    return toRelease(release);
  });
}
