// Optimistic concurrency for the editable model tables: an edit names the
// version it started from, and the update only happens if the row is still at
// that version. One generic pair of functions instead of one per table.
import type { Kysely, Selectable, Updateable } from 'kysely';
import type { Database } from '../tables.js';

export type VersionedTable = 'policies' | 'focus_areas' | 'goals' | 'committees' | 'administrations' | 'indicators' | 'groups' | 'areas';

// Kysely cannot check a column list against a table chosen at run time; the
// signatures below restore the precise row types for callers.
type LooseRow = { id: number; version: number } & Record<string, unknown>;
const loose = (db: Kysely<Database>) => db as unknown as Kysely<{ row: LooseRow }>;
// The name Kysely puts into the SQL is the real table's; `row` is only its type.
const named = (table: VersionedTable) => table as unknown as 'row';

export async function findVersionedRow<T extends VersionedTable>(db: Kysely<Database>, table: T, id: number): Promise<Selectable<Database[T]> | undefined> {
  const row = await loose(db).selectFrom(named(table)).selectAll().where('id', '=', id).executeTakeFirst();
  return row as Selectable<Database[T]> | undefined;
}

/** The updated row, or undefined when the row is gone or no longer at `version`. */
export async function updateRowAtVersion<T extends VersionedTable>(
  db: Kysely<Database>,
  table: T,
  id: number,
  version: number,
  changes: Omit<Updateable<Database[T]>, 'id' | 'version'>,
): Promise<Selectable<Database[T]> | undefined> {
  const row = await loose(db)
    .updateTable(named(table))
    .set((eb) => ({ ...(changes as Record<string, unknown>), version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', version)
    .returningAll()
    .executeTakeFirst();
  return row as Selectable<Database[T]> | undefined;
}

export async function insertVersionedRow<T extends VersionedTable>(
  db: Kysely<Database>,
  table: T,
  values: Omit<Updateable<Database[T]>, 'id' | 'version'>,
): Promise<Selectable<Database[T]>> {
  const row = await loose(db)
    .insertInto(named(table))
    .values(values as LooseRow)
    .returningAll()
    .executeTakeFirstOrThrow();
  return row as Selectable<Database[T]>;
}

/** Another row of the table with the same code (within the policy, where codes are per policy). */
export async function findCodeClash(
  db: Kysely<Database>,
  table: VersionedTable,
  code: string,
  scope: { policyId: number | null; exceptId: number | null },
): Promise<boolean> {
  let query = loose(db).selectFrom(named(table)).select('id').where('code', '=', code);
  if (scope.policyId !== null) query = query.where('policy_id', '=', scope.policyId);
  if (scope.exceptId !== null) query = query.where('id', '!=', scope.exceptId);
  return (await query.executeTakeFirst()) !== undefined;
}

/** Every row of the table, for the editors' lists. */
export async function listVersionedRows<T extends VersionedTable>(db: Kysely<Database>, table: T): Promise<Selectable<Database[T]>[]> {
  const rows = await loose(db).selectFrom(named(table)).selectAll().orderBy('id').execute();
  return rows as Selectable<Database[T]>[];
}
