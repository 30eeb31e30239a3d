// What a backup needs to know about the schema, asked of the engine itself:
// every table of Barometer's data with its columns and primary key, in an
// order where each table comes after the tables it refers to, so that rows
// restored in that order satisfy every foreign key as they arrive.
import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import { engineOf } from '../dialect.js';
import type { Database } from '../tables.js';

export interface TableShape {
  readonly name: string;
  readonly columns: readonly string[];
  readonly primaryKey: readonly string[];
}

interface RawTable {
  name: string;
  columns: string[];
  primaryKey: string[];
  references: string[];
}

/** Kysely's own bookkeeping: a backup records the migration list instead. */
const MIGRATOR_TABLES = new Set(['kysely_migration', 'kysely_migration_lock']);

export async function listTableShapes(db: Kysely<Database>): Promise<TableShape[]> {
  const tables = engineOf(db) === 'postgres' ? await readPostgresTables(db) : await readSqliteTables(db);
  return orderByReferences(tables.filter((table) => !MIGRATOR_TABLES.has(table.name)));
}

async function readSqliteTables(db: Kysely<Database>): Promise<RawTable[]> {
  const { rows: names } = await sql<{ name: string }>`
    select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name`.execute(db);
  const tables: RawTable[] = [];
  for (const { name } of names) {
    const { rows: columns } = await sql<{ name: string; pk: number }>`select name, pk from pragma_table_info(${name}) order by cid`.execute(db);
    const { rows: keys } = await sql<{ table: string }>`select "table" from pragma_foreign_key_list(${name})`.execute(db);
    tables.push({
      name,
      columns: columns.map((c) => c.name),
      primaryKey: columns
        .filter((c) => c.pk > 0)
        .sort((a, b) => a.pk - b.pk)
        .map((c) => c.name),
      references: keys.map((k) => k.table),
    });
  }
  return tables;
}

async function readPostgresTables(db: Kysely<Database>): Promise<RawTable[]> {
  const { rows: columns } = await sql<{ table_name: string; column_name: string }>`
    select table_name, column_name from information_schema.columns
    where table_schema = current_schema() order by table_name, ordinal_position`.execute(db);
  const { rows: keys } = await sql<{ table_name: string; column_name: string }>`
    select c.relname as table_name, a.attname as column_name
    from pg_index i join pg_class c on c.oid = i.indrelid join pg_namespace n on n.oid = c.relnamespace
    cross join lateral unnest(i.indkey) with ordinality as k(attnum, position)
    join pg_attribute a on a.attrelid = c.oid and a.attnum = k.attnum
    where i.indisprimary and n.nspname = current_schema() order by c.relname, k.position`.execute(db);
  const { rows: references } = await sql<{ table_name: string; referenced: string }>`
    select c.relname as table_name, r.relname as referenced
    from pg_constraint f join pg_class c on c.oid = f.conrelid join pg_class r on r.oid = f.confrelid
    join pg_namespace n on n.oid = c.relnamespace
    where f.contype = 'f' and n.nspname = current_schema()`.execute(db);
  const tables = new Map<string, RawTable>();
  for (const { table_name, column_name } of columns) {
    const table = tables.get(table_name) ?? { name: table_name, columns: [], primaryKey: [], references: [] };
    table.columns.push(column_name);
    tables.set(table_name, table);
  }
  for (const key of keys) tables.get(key.table_name)?.primaryKey.push(key.column_name);
  for (const ref of references) tables.get(ref.table_name)?.references.push(ref.referenced);
  return [...tables.values()];
}

/** Depth-first: a table follows what it refers to; a self-reference is left to row order. */
function orderByReferences(tables: RawTable[]): TableShape[] {
  const byName = new Map(tables.map((table) => [table.name, table]));
  const placed = new Set<string>();
  const ordered: TableShape[] = [];
  const visit = (table: RawTable, path: Set<string>) => {
    if (placed.has(table.name) || path.has(table.name)) return;
    path.add(table.name);
    for (const name of [...table.references].sort()) {
      const referenced = byName.get(name);
      if (referenced && name !== table.name) visit(referenced, path);
    }
    placed.add(table.name);
    ordered.push({ name: table.name, columns: table.columns, primaryKey: table.primaryKey });
  };
  for (const table of [...tables].sort((a, b) => a.name.localeCompare(b.name))) visit(table, new Set());
  return ordered;
}
