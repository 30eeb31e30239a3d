// Every published figure with the names a reader needs (policy, indicator,
// group, area, release date), a page at a time in a stable order (indicator,
// then period), so an export of any size streams without holding it all.
import type { Kysely } from 'kysely';
import type { Database } from '../tables.js';

/** Where the previous page ended: the last row's indicator, period sort key and id. */
export interface FigurePageCursor {
  readonly indicatorId: number;
  readonly periodSort: number;
  readonly id: number;
}

export async function listPublishedFiguresPage(db: Kysely<Database>, after: FigurePageCursor | null, limit: number) {
  let query = db
    .selectFrom('measurements as m')
    .innerJoin('indicators as i', 'i.id', 'm.indicator_id')
    .innerJoin('policies as p', 'p.id', 'i.policy_id')
    .innerJoin('groups as g', 'g.id', 'm.group_id')
    .innerJoin('areas as a', 'a.id', 'm.area_id')
    .innerJoin('releases as r', 'r.id', 'm.release_id')
    .select((eb) => [
      'm.id',
      'm.indicator_id',
      'm.period_sort',
      'p.code as policy',
      'i.code as indicator',
      'i.title_da as indicator_title_da',
      'i.title_en as indicator_title_en',
      'i.unit',
      'i.unit_en',
      'i.group_unit_da',
      'i.group_unit_en',
      'm.period',
      'g.code as group',
      'g.name_da as group_name',
      'a.code as area',
      'a.name_da as area_name',
      'm.value',
      'm.is_provisional',
      'm.is_estimated',
      'm.note',
      'r.published_on',
      eb.exists(eb.selectFrom('measurement_history as h').select('h.id').whereRef('h.measurement_id', '=', 'm.id')).as('revised'),
    ])
    .orderBy('m.indicator_id')
    .orderBy('m.period_sort')
    .orderBy('m.id')
    .limit(limit);
  if (after) {
    query = query.where((eb) =>
      eb.or([
        eb('m.indicator_id', '>', after.indicatorId),
        eb.and([
          eb('m.indicator_id', '=', after.indicatorId),
          eb.or([eb('m.period_sort', '>', after.periodSort), eb.and([eb('m.period_sort', '=', after.periodSort), eb('m.id', '>', after.id)])]),
        ]),
      ]),
    );
  }
  return query.execute();
}
