// Revisions of published figures as the indicator page lists them.
import { describe, expect, it } from 'vitest';
import { toRevisionViews } from '../../src/services/public/revisions.js';

const row = (history_id: number, measurement_id: number, period: string, old_value: number, current_value: number, release_id: number) => ({
  history_id,
  measurement_id,
  period,
  period_sort: Number(period) * 120,
  group_id: 1,
  current_value,
  old_value,
  reason: `reason ${history_id}`,
  release_id,
  release_title_da: `Release ${release_id}`,
  release_title_en: null,
  published_on: null,
});
const groups = [{ id: 1, code: 'total', name_da: 'I alt', name_en: 'Total', version: 1 }];

describe('revisions of earlier figures', () => {
  it('shows each step of a figure revised twice, from what to what, in period order', () => {
    const views = toRevisionViews([row(1, 10, '2012', 50, 52, 3), row(2, 11, '2011', 40, 41, 3), row(3, 10, '2012', 51, 52, 4)], groups);
    expect(views.map((v) => [v.period, v.oldValue, v.newValue, v.release.id])).toEqual([
      ['2011', 40, 41, 3],
      ['2012', 50, 51, 3],
      ['2012', 51, 52, 4],
    ]);
    expect(views[0]!.group).toEqual({ code: 'total', name: { da: 'I alt', en: 'Total' } });
  });
});
