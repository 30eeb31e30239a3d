// Why an indicator has no new figure in a draft: which administration owes
// it, since when, why, and when it is expected. Recording it is the
// secretariat's, and only for an indicator of the release's policy that
// really has no figure in the draft: a note beside a figure would tell the
// public that a delivered figure is missing.
import type { Kysely } from 'kysely';
import { recordAudit } from '../../db/repositories/audit.js';
import { countReleaseFiguresByIndicator } from '../../db/repositories/figures-releases.js';
import { listIndicatorsForPolicy } from '../../db/repositories/indicators.js';
import { listAdministrations } from '../../db/repositories/organisation.js';
import { listReleaseMissing, upsertReleaseMissing } from '../../db/repositories/releases.js';
import type { Database } from '../../db/tables.js';
import { canManageReleases } from '../../domain/permissions.js';
import { FieldProblem } from '../admin/edit-errors.js';
import { inTransaction } from '../change-context.js';
import type { ChangeContext } from '../change-context.js';
import { Invalid } from '../errors.js';
import { requireDraft, requireRelease, requireRight } from './release-guards.js';

export interface MissingFigureInput {
  /** The indicator by id or by code (a form sends the code). */
  indicatorId?: number;
  indicatorCode?: string;
  administrationId?: number | null;
  missingSince?: string | null;
  reasonDa?: string | null;
  reasonEn?: string | null;
  expectedDa?: string | null;
  expectedEn?: string | null;
}

/** Records why an indicator has no new figure in a release, who owes it and when it is expected. */
export async function recordMissingFigure(db: Kysely<Database>, releaseId: number, input: MissingFigureInput, ctx: ChangeContext) {
  return inTransaction(db, async (trx) => {
    requireRight(canManageReleases(ctx.actor), 'error.right.recordMissing');
    const release = await requireDraft(trx, releaseId);
    if ((input.indicatorId === undefined) === (input.indicatorCode === undefined)) throw new Invalid('error.release.nameIndicator');
    const indicator = (await listIndicatorsForPolicy(trx, release.policy_id)).find((i) => i.id === input.indicatorId || i.code === input.indicatorCode);
    if (!indicator)
      throw new FieldProblem('indicator', 'choice', 'error.release.indicatorOutsidePolicy', { indicator: String(input.indicatorCode ?? input.indicatorId) });
    const counts = await countReleaseFiguresByIndicator(trx, releaseId);
    if (counts.some((c) => c.indicator_id === indicator.id && Number(c.figures) > 0)) {
      throw new FieldProblem('indicator', 'not_missing', 'error.release.notMissing', { code: indicator.code, id: releaseId });
    }
    const administrationId = input.administrationId ?? null;
    if (administrationId !== null && !(await listAdministrations(trx)).some((a) => a.id === administrationId)) {
      throw new FieldProblem('administration', 'choice', 'error.administration.idGone', { id: administrationId });
    }
    const row = {
      release_id: releaseId,
      indicator_id: indicator.id,
      administration_id: administrationId,
      missing_since: input.missingSince ?? null,
      reason_da: input.reasonDa ?? null,
      reason_en: input.reasonEn ?? null,
      expected_da: input.expectedDa ?? null,
      expected_en: input.expectedEn ?? null,
    };
    await upsertReleaseMissing(trx, row);
    await recordAudit(trx, { at: ctx.now.toISOString(), actor: ctx.actor.label, action: 'record-missing', entity: 'release', entityId: releaseId, after: row });
  });
}

/** What the form starts from: the note recorded so far, else the indicator's data owner as the one who owes it. */
export interface MissingFigureNoteDraft {
  readonly indicatorCode: string;
  readonly administrationId: number | null;
  readonly missingSince: string | null;
  readonly reasonDa: string | null;
  readonly reasonEn: string | null;
  readonly expectedDa: string | null;
  readonly expectedEn: string | null;
}

export async function getMissingFigureNoteDraft(db: Kysely<Database>, releaseId: number, indicatorCode: string): Promise<MissingFigureNoteDraft> {
  const release = await requireRelease(db, releaseId);
  const indicator = (await listIndicatorsForPolicy(db, release.policy_id)).find((i) => i.code === indicatorCode);
  const recorded = indicator ? (await listReleaseMissing(db, releaseId)).find((m) => m.indicator_id === indicator.id) : undefined;
  return {
    indicatorCode,
    administrationId: recorded?.administration_id ?? indicator?.data_owner_id ?? null,
    missingSince: recorded?.missing_since ?? null,
    reasonDa: recorded?.reason_da ?? null,
    reasonEn: recorded?.reason_en ?? null,
    expectedDa: recorded?.expected_da ?? null,
    expectedEn: recorded?.expected_en ?? null,
  };
}
