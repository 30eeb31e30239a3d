// Figures put straight into a draft release (the demo loader and tests;
// files and the one-figure form go through the import pipeline), each
// checked to be a figure of the release's policy that the actor may deliver.
import type { Kysely } from 'kysely';
import { recordAudit } from '../../db/repositories/audit.js';
import { listIndicatorsForPolicy } from '../../db/repositories/indicators.js';
import { upsertReleaseFigure } from '../../db/repositories/releases.js';
import type { Database, Flag } from '../../db/tables.js';
import { parsePeriod } from '../../domain/period.js';
import { canDeliverFigures } from '../../domain/permissions.js';
import { inTransaction } from '../change-context.js';
import type { ChangeContext } from '../change-context.js';
import { Invalid } from '../errors.js';
import { requireDraft, requireRight } from './release-guards.js';

export interface FigureInput {
  indicatorId: number;
  period: string;
  groupId: number;
  areaId: number;
  value: number;
  provisional?: boolean;
  estimated?: boolean;
  note?: string | null;
  /** Why a published figure is being changed. */
  reason?: string | null;
}

const flag = (value: boolean | undefined): Flag => (value ? 1 : 0);

/** Puts figures into a draft release (replacing any staged for the same key). */
export async function stageFigures(db: Kysely<Database>, releaseId: number, figures: readonly FigureInput[], ctx: ChangeContext) {
  return inTransaction(db, async (trx) => {
    const release = await requireDraft(trx, releaseId);
    const indicators = new Map((await listIndicatorsForPolicy(trx, release.policy_id)).map((i) => [i.id, i]));
    const at = ctx.now.toISOString();
    for (const figure of figures) {
      const indicator = indicators.get(figure.indicatorId);
      if (!indicator) throw new Invalid('error.release.indicatorIdOutsidePolicy', { id: figure.indicatorId });
      requireRight(canDeliverFigures(ctx.actor, { dataOwnerId: indicator.data_owner_id }), 'error.right.deliverFiguresFor', { code: indicator.code });
      const period = parsePeriod(figure.period);
      if (!period) throw new Invalid('error.release.notAPeriod', { period: figure.period });
      if (!Number.isFinite(figure.value)) throw new Invalid('error.release.valueNotFinite', { period: period.label });
      await upsertReleaseFigure(trx, {
        release_id: releaseId,
        indicator_id: figure.indicatorId,
        period: period.label,
        period_sort: period.sortKey,
        group_id: figure.groupId,
        area_id: figure.areaId,
        value: figure.value,
        is_provisional: flag(figure.provisional),
        is_estimated: flag(figure.estimated),
        note: figure.note ?? null,
        reason: figure.reason ?? null,
        replaced_value: null,
        created_at: at,
        created_by: ctx.actor.label,
      });
    }
    await recordAudit(trx, { at, actor: ctx.actor.label, action: 'stage-figures', entity: 'release', entityId: releaseId, after: { count: figures.length } });
  });
}
