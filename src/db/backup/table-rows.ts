// Reading and writing the rows of any table by name, for backup and restore:
// the one place where a backup touches tables it knows only by their shape.
import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import { engineOf } from '../dialect.js';
import type { Database } from '../tables.js';
import type { TableShape } from './table-shapes.js';

export type CellValue = string | number | Buffer | null;

/** One page of a table's rows as arrays in the shape's column order, by primary key. */
export async function readTablePage(db: Kysely<Database>, table: TableShape, offset: number, limit: number): Promise<CellValue[][]> {
  const orderBy = table.primaryKey.length > 0 ? table.primaryKey : table.columns;
  const { rows } = await sql<Record<string, CellValue>>`
    select * from ${sql.table(table.name)}
    order by ${sql.join(orderBy.map((column) => sql.ref(column)))}
    limit ${limit} offset ${offset}`.execute(db);
  return rows.map((row) => table.columns.map((column) => row[column] ?? null));
}

/** Whether the table has any row at all. */
export async function hasRows(db: Kysely<Database>, tableName: string): Promise<boolean> {
  const { rows } = await sql<{ one: number }>`select 1 as one from ${sql.table(tableName)} limit 1`.execute(db);
  return rows.length > 0;
}

// Both engines cap the parameters of one statement (SQLite at 32766).
const MAX_PARAMETERS = 30_000;

export async function insertRows(db: Kysely<Database>, tableName: string, columns: readonly string[], rows: readonly CellValue[][]): Promise<void> {
  const perStatement = Math.max(1, Math.floor(MAX_PARAMETERS / Math.max(1, columns.length)));
  for (let start = 0; start < rows.length; start += perStatement) {
    const batch = rows.slice(start, start + perStatement);
    await sql`
      insert into ${sql.table(tableName)} (${sql.join(columns.map((column) => sql.ref(column)))})
      values ${sql.join(batch.map((row) => sql`(${sql.join(row)})`))}`.execute(db);
  }
}

/**
 * Restored rows keep their ids. PostgreSQL's identity columns do not see
 * them, so each is moved past the largest id, or the next row added through
 * the app would collide; SQLite's AUTOINCREMENT follows inserted ids itself.
 */
export async function advanceIdentities(db: Kysely<Database>, tables: readonly TableShape[]): Promise<void> {
  if (engineOf(db) !== 'postgres') return;
  const { rows } = await sql<{ table_name: string; column_name: string }>`
    select table_name, column_name from information_schema.columns
    where table_schema = current_schema() and is_identity = 'YES'`.execute(db);
  const known = new Set(tables.map((table) => table.name));
  for (const { table_name, column_name } of rows) {
    if (!known.has(table_name)) continue;
    await sql`
      select setval(pg_get_serial_sequence(${sql.lit(`"${table_name}"`)}, ${sql.lit(column_name)}),
                    coalesce(max(${sql.ref(column_name)}), 0) + 1, false)
      from ${sql.table(table_name)}`.execute(db);
  }
}

/** Within a restore's transaction: check foreign keys at commit rather than per row (SQLite; PostgreSQL relies on table order). */
export async function deferForeignKeys(db: Kysely<Database>): Promise<void> {
  if (engineOf(db) === 'sqlite') await sql`pragma defer_foreign_keys = on`.execute(db);
}
