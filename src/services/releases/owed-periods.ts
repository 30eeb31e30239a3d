// For each indicator of a policy: its newest published period and the period
// it owes next (domain/next-period.ts). The pre-filled templates and the data
// suppliers' view ask for the same period.
import type { Kysely } from 'kysely';
import { findPublishedPeriodLabel, listLatestPublishedPeriodSorts } from '../../db/repositories/figures-releases.js';
import type { Database } from '../../db/tables.js';
import { owedPeriodLabel } from '../../domain/next-period.js';

export interface OwedPeriod {
  /** Null before the indicator's first published figure. */
  readonly latest: string | null;
  /** Null when there is nothing to count on from. */
  readonly owed: string | null;
}

/** By indicator id; an indicator without published figures is absent. */
export async function listOwedPeriods(db: Kysely<Database>, policyId: number): Promise<Map<number, OwedPeriod>> {
  const latest = new Map<number, string>();
  for (const row of await listLatestPublishedPeriodSorts(db, policyId)) {
    if (row.period_sort === null) continue;
    const label = await findPublishedPeriodLabel(db, row.indicator_id, Number(row.period_sort));
    if (label) latest.set(row.indicator_id, label);
  }
  const newest = [...latest.values()];
  return new Map([...latest].map(([id, label]) => [id, { latest: label, owed: owedPeriodLabel(label, newest) }]));
}
