// Figures seen per indicator: how many a release stages for each, and the
// newest published period of each. Release completeness and the data
// suppliers' view read these.
import type { Kysely } from 'kysely';
import type { Database } from '../tables.js';

export async function countReleaseFiguresByIndicator(db: Kysely<Database>, releaseId: number) {
  return db
    .selectFrom('release_figures')
    .select(['indicator_id', (eb) => eb.fn.countAll<number>().as('figures')])
    .where('release_id', '=', releaseId)
    .groupBy('indicator_id')
    .execute();
}

/** For each indicator of the policy with published figures: the sort key of its newest period. */
export async function listLatestPublishedPeriodSorts(db: Kysely<Database>, policyId: number) {
  return db
    .selectFrom('measurements')
    .innerJoin('indicators', 'indicators.id', 'measurements.indicator_id')
    .select(['measurements.indicator_id', (eb) => eb.fn.max('measurements.period_sort').as('period_sort')])
    .where('indicators.policy_id', '=', policyId)
    .groupBy('measurements.indicator_id')
    .execute();
}

/** The label of a period an indicator has published, by its sort key. */
export async function findPublishedPeriodLabel(db: Kysely<Database>, indicatorId: number, periodSort: number) {
  const row = await db
    .selectFrom('measurements')
    .select('period')
    .where('indicator_id', '=', indicatorId)
    .where('period_sort', '=', periodSort)
    .limit(1)
    .executeTakeFirst();
  return row?.period ?? null;
}

/** The newest draft release of a policy: the round of figures being gathered. */
export async function findNewestDraftRelease(db: Kysely<Database>, policyId: number) {
  return db.selectFrom('releases').selectAll().where('policy_id', '=', policyId).where('state', '=', 'draft').orderBy('id', 'desc').limit(1).executeTakeFirst();
}
