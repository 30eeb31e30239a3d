// Revisions of published figures as a reader follows them: which figure
// changed, from what to what, in which release and why. A figure revised
// twice shows both steps; the value after a step is the value the next step
// replaced, or the figure as it stands now.
import type { GroupRow } from '../../db/tables.js';
import { text } from '../../domain/text.js';
import type { Text } from '../../domain/text.js';

export interface RevisionView {
  readonly period: string;
  readonly group: { readonly code: string; readonly name: Text };
  readonly oldValue: number;
  readonly newValue: number;
  readonly reason: string | null;
  readonly release: { readonly id: number; readonly title: Text; readonly publishedOn: string | null };
}

interface RevisionRow {
  readonly measurement_id: number;
  readonly history_id: number;
  readonly period: string;
  readonly period_sort: number;
  readonly group_id: number;
  readonly current_value: number;
  readonly old_value: number;
  readonly reason: string | null;
  readonly release_id: number;
  readonly release_title_da: string;
  readonly release_title_en: string | null;
  readonly published_on: string | null;
}

/** Rows in history order (oldest first); the result is in period order, then history order. */
export function toRevisionViews(rows: readonly RevisionRow[], groups: readonly GroupRow[]): RevisionView[] {
  const views = rows.map((row, index) => {
    const later = rows.slice(index + 1).find((other) => other.measurement_id === row.measurement_id);
    const group = groups.find((g) => g.id === row.group_id);
    return {
      sort: [row.period_sort, row.history_id] as const,
      view: {
        period: row.period,
        group: { code: group?.code ?? String(row.group_id), name: text(group?.name_da ?? String(row.group_id), group?.name_en ?? null) },
        oldValue: row.old_value,
        newValue: later ? later.old_value : row.current_value,
        reason: row.reason,
        release: { id: row.release_id, title: text(row.release_title_da, row.release_title_en), publishedOn: row.published_on },
      },
    };
  });
  return views.sort((a, b) => a.sort[0] - b.sort[0] || a.sort[1] - b.sort[1]).map((entry) => entry.view);
}
