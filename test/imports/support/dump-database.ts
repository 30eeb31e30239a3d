// A dump of every table (the migration bookkeeping and SQLite's sequence
// counters included), rows in a fixed order, to show that a rejected import
// left the database exactly as it was.
import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { Database } from '../../../src/db/tables.js';
import type { Engine } from '../../../src/db/dialect.js';

async function tableNames(db: Kysely<Database>, engine: Engine): Promise<string[]> {
  const query =
    engine === 'sqlite'
      ? sql<{ name: string }>`select name from sqlite_master where type = 'table' order by name`
      : sql<{
          name: string;
        }>`select table_name as name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name`;
  return (await query.execute(db)).rows.map((r) => r.name);
}

export async function dumpDatabase(db: Kysely<Database>, engine: Engine): Promise<string> {
  const dump: Record<string, unknown[]> = {};
  for (const table of await tableNames(db, engine)) {
    const rows = (await sql<Record<string, unknown>>`select * from ${sql.table(table)}`.execute(db)).rows;
    // Every column in the order given sorts the rows the same way on both engines.
    dump[table] = rows.map((row) => JSON.stringify(row)).sort();
  }
  return JSON.stringify(dump, null, 1);
}
