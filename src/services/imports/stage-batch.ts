// Writes a batch of compared figures into the draft release, many rows per
// statement. New figures and revisions are staged (a revision with the reason
// publishing requires); a figure that says what is already published is
// not, and replaces anything an earlier import staged for it in the same
// draft, so the last file imported is what the draft holds.
import type { Kysely } from 'kysely';
import { deleteReleaseFigures, upsertReleaseFigureBatch } from '../../db/repositories/figures-batch.js';
import type { StagedFigureValues } from '../../db/repositories/figures-batch.js';
import type { Database } from '../../db/tables.js';
import type { ChangeContext } from '../change-context.js';
import type { ComparedFigure } from './compare-published.js';

export interface StagingTarget {
  readonly releaseId: number;
  /** Recorded on every revision: the file and the user's note. */
  readonly reason: string;
  /** Whether the draft held figures before this import; only then can an unchanged figure replace one. */
  readonly hadFigures: boolean;
}

export async function stageComparedFigures(db: Kysely<Database>, batch: readonly ComparedFigure[], target: StagingTarget, ctx: ChangeContext): Promise<number> {
  const figures: StagedFigureValues[] = [];
  const unchanged: { indicator_id: number; period: string; group_id: number; area_id: number }[] = [];
  for (const { figure, change } of batch) {
    if (change === 'unchanged') {
      if (target.hadFigures) unchanged.push({ indicator_id: figure.indicatorId, period: figure.period, group_id: figure.groupId, area_id: figure.areaId });
      continue;
    }
    figures.push({
      indicator_id: figure.indicatorId,
      period: figure.period,
      period_sort: figure.periodSort,
      group_id: figure.groupId,
      area_id: figure.areaId,
      value: figure.value,
      is_provisional: figure.provisional ? 1 : 0,
      is_estimated: figure.estimated ? 1 : 0,
      note: figure.note,
      reason: change === 'changed' ? target.reason : null,
    });
  }
  await upsertReleaseFigureBatch(db, { releaseId: target.releaseId, createdAt: ctx.now.toISOString(), createdBy: ctx.actor.label, figures });
  if (unchanged.length > 0) await deleteReleaseFigures(db, target.releaseId, unchanged);
  return figures.length;
}
