// Every published figure, as readers download it: grouped by indicator, in
// period order, with codes and names. Read a page at a time, so an export
// of any size holds one page in memory.
import type { Kysely } from 'kysely';
import { listPublishedFiguresPage } from '../../db/repositories/figures-export.js';
import type { FigurePageCursor } from '../../db/repositories/figures-export.js';
import type { Database } from '../../db/tables.js';
import { unitOfGroups } from '../../domain/indicator-units.js';
import { toIndicatorUnits } from '../indicator-units.js';

export interface ExportedFigure {
  readonly policy: string;
  readonly indicator: string;
  readonly indicator_title_da: string;
  readonly indicator_title_en: string | null;
  /** The unit of this figure, a group's: for a gap indicator whose groups have their own unit, that one. */
  readonly unit: string;
  /** The same in English; null where none is written. */
  readonly unit_en: string | null;
  readonly period: string;
  readonly group: string;
  readonly group_name: string;
  readonly area: string;
  readonly area_name: string;
  readonly value: number;
  readonly provisional: boolean;
  readonly estimated: boolean;
  readonly note: string | null;
  readonly published_on: string | null;
  /** True when a later release changed the figure; its earlier values are in the history. */
  readonly revised: boolean;
}

/** The fields in the order of the CSV's columns. */
export const EXPORTED_FIELDS = [
  'policy',
  'indicator',
  'indicator_title_da',
  'indicator_title_en',
  'unit',
  'unit_en',
  'period',
  'group',
  'group_name',
  'area',
  'area_name',
  'value',
  'provisional',
  'estimated',
  'note',
  'published_on',
  'revised',
] as const satisfies readonly (keyof ExportedFigure)[];

export async function* readPublishedFigures(db: Kysely<Database>, pageSize = 5000): AsyncGenerator<ExportedFigure[]> {
  let cursor: FigurePageCursor | null = null;
  for (;;) {
    const rows = await listPublishedFiguresPage(db, cursor, pageSize);
    if (rows.length === 0) return;
    yield rows.map((r) => {
      const unit = unitOfGroups(toIndicatorUnits(r));
      return {
        policy: r.policy,
        indicator: r.indicator,
        indicator_title_da: r.indicator_title_da,
        indicator_title_en: r.indicator_title_en,
        unit: unit.da,
        unit_en: unit.en,
        period: r.period,
        group: r.group,
        group_name: r.group_name,
        area: r.area,
        area_name: r.area_name,
        value: r.value,
        provisional: r.is_provisional === 1,
        estimated: r.is_estimated === 1,
        note: r.note,
        published_on: r.published_on,
        // SQLite answers 0 or 1, PostgreSQL a boolean.
        revised: Boolean(Number(r.revised)),
      };
    });
    const last = rows.at(-1)!;
    cursor = { indicatorId: last.indicator_id, periodSort: last.period_sort, id: last.id };
    if (rows.length < pageSize) return;
  }
}
