// Compares a batch of checked figures with what is published: a figure is
// new, changes a published one (a revision, which needs a reason), or says
// what is already published. Reads only the indicators that have published
// figures, one query per indicator and batch.
import type { Kysely } from 'kysely';
import { indicatorHasMeasurements, listMeasurementsInPeriods } from '../../db/repositories/figures-batch.js';
import type { Database } from '../../db/tables.js';
import type { CheckedFigure } from './check-figure.js';
import type { FigureChange } from './import-report.js';

export interface ComparedFigure {
  readonly figure: CheckedFigure;
  readonly change: FigureChange;
  readonly published: number | null;
}

interface PublishedState {
  value: number;
  is_provisional: number;
  is_estimated: number;
  note: string | null;
}

const keyOf = (period: string, groupId: number, areaId: number) => `${period}|${groupId}|${areaId}`;

function changeOf(figure: CheckedFigure, published: PublishedState | undefined): FigureChange {
  if (!published) return 'new';
  const same =
    published.value === figure.value &&
    published.is_provisional === (figure.provisional ? 1 : 0) &&
    published.is_estimated === (figure.estimated ? 1 : 0) &&
    published.note === figure.note;
  return same ? 'unchanged' : 'changed';
}

export class PublishedComparison {
  // Whether an indicator has any published figure; most large imports fill new indicators or periods.
  private readonly hasPublished = new Map<number, boolean>();

  constructor(private readonly db: Kysely<Database>) {}

  async compare(batch: readonly CheckedFigure[]): Promise<ComparedFigure[]> {
    const periodsByIndicator = new Map<number, Set<string>>();
    for (const figure of batch) {
      if (figure.indicatorId < 0) continue; // created by this import: nothing published yet
      let published = this.hasPublished.get(figure.indicatorId);
      if (published === undefined) {
        published = await indicatorHasMeasurements(this.db, figure.indicatorId);
        this.hasPublished.set(figure.indicatorId, published);
      }
      if (!published) continue;
      let periods = periodsByIndicator.get(figure.indicatorId);
      if (!periods) periodsByIndicator.set(figure.indicatorId, (periods = new Set()));
      periods.add(figure.period);
    }
    const publishedByIndicator = new Map<number, Map<string, PublishedState>>();
    for (const [indicatorId, periods] of periodsByIndicator) {
      const rows = await listMeasurementsInPeriods(this.db, indicatorId, [...periods]);
      publishedByIndicator.set(indicatorId, new Map(rows.map((r) => [keyOf(r.period, r.group_id, r.area_id), r])));
    }
    return batch.map((figure) => {
      const published = publishedByIndicator.get(figure.indicatorId)?.get(keyOf(figure.period, figure.groupId, figure.areaId));
      return { figure, change: changeOf(figure, published), published: published?.value ?? null };
    });
  }
}
