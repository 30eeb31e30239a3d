// Published measurements and the history of their earlier values.
import type { Kysely } from 'kysely';
import type { Database } from '../tables.js';

/** Every published figure of the given indicators, oldest period first. */
export async function listMeasurementsForIndicators(db: Kysely<Database>, indicatorIds: readonly number[]) {
  if (indicatorIds.length === 0) return [];
  return db.selectFrom('measurements').selectAll().where('indicator_id', 'in', indicatorIds).orderBy('indicator_id').orderBy('period_sort').execute();
}

export async function listMeasurementHistory(db: Kysely<Database>, measurementId: number) {
  return db.selectFrom('measurement_history').selectAll().where('measurement_id', '=', measurementId).orderBy('id').execute();
}
