// Published measurements and the history of their earlier values.
import type { Insertable, Kysely } from 'kysely';
import type { Database, MeasurementHistoryTable, MeasurementsTable } from '../tables.js';

export interface MeasurementKey {
  indicator_id: number;
  period: string;
  group_id: number;
  area_id: number;
}

export async function findMeasurement(db: Kysely<Database>, key: MeasurementKey) {
  return db
    .selectFrom('measurements')
    .selectAll()
    .where('indicator_id', '=', key.indicator_id)
    .where('period', '=', key.period)
    .where('group_id', '=', key.group_id)
    .where('area_id', '=', key.area_id)
    .executeTakeFirst();
}

export async function insertMeasurement(db: Kysely<Database>, row: Insertable<MeasurementsTable>) {
  return db.insertInto('measurements').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function updateMeasurementValue(
  db: Kysely<Database>,
  id: number,
  change: Pick<MeasurementsTable, 'value' | 'is_provisional' | 'is_estimated' | 'note' | 'release_id' | 'updated_at' | 'updated_by'>,
) {
  await db.updateTable('measurements').set(change).where('id', '=', id).execute();
}

export async function insertMeasurementHistory(db: Kysely<Database>, row: Insertable<MeasurementHistoryTable>) {
  await db.insertInto('measurement_history').values(row).execute();
}

/** Every published figure of the given indicators, oldest period first. */
export async function listMeasurementsForIndicators(db: Kysely<Database>, indicatorIds: readonly number[]) {
  if (indicatorIds.length === 0) return [];
  return db
    .selectFrom('measurements')
    .selectAll()
    .where('indicator_id', 'in', indicatorIds)
    .orderBy('indicator_id')
    .orderBy('period_sort')
    .execute();
}

export async function listMeasurementHistory(db: Kysely<Database>, measurementId: number) {
  return db
    .selectFrom('measurement_history')
    .selectAll()
    .where('measurement_id', '=', measurementId)
    .orderBy('id')
    .execute();
}
