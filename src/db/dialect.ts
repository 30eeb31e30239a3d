// The one place that knows SQLite from PostgreSQL: it reads DATABASE_URL,
// opens the right driver, and answers the few questions migrations ask about
// the engine. Connection problems become one clear DatabaseError.
import { accessSync, constants, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresAdapter, PostgresDialect, SqliteDialect, sql } from 'kysely';
import type { ColumnDefinitionBuilder } from 'kysely';
import pg from 'pg';
import { withStatementCache } from './sqlite-statement-cache.js';
import type { Database } from './tables.js';

export type Engine = 'sqlite' | 'postgres';

export interface DatabaseHandle {
  readonly db: Kysely<Database>;
  readonly engine: Engine;
  /** The URL with any password hidden, for logs and messages. */
  readonly description: string;
  close(): Promise<void>;
}

export class DatabaseError extends Error {}

type DatabaseLocation = { engine: 'sqlite'; file: string } | { engine: 'postgres'; connectionString: string; description: string };

/** Reads a DATABASE_URL: `sqlite:PATH`, `sqlite::memory:` or `postgres://…`. */
function parseDatabaseUrl(url: string): DatabaseLocation {
  if (url.startsWith('postgres://') || url.startsWith('postgresql://')) {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw new DatabaseError('DATABASE_URL is not a valid URL (expected postgres://user:password@host:port/database).');
    }
    if (!parsed.hostname && !parsed.searchParams.get('host')) {
      throw new DatabaseError('DATABASE_URL has no host (expected postgres://user:password@host:port/database).');
    }
    if (parsed.password) parsed.password = '***';
    return { engine: 'postgres', connectionString: url, description: parsed.toString() };
  }
  if (url.startsWith('sqlite:')) {
    const file = url.slice('sqlite:'.length).replace(/^\/\/(?=\/)/, '');
    if (!file) throw new DatabaseError('DATABASE_URL sqlite: needs a file path, e.g. sqlite:./data/barometer.sqlite');
    return { engine: 'sqlite', file };
  }
  throw new DatabaseError('DATABASE_URL must start with sqlite: or postgres:// (got something else).');
}

/** Opens the database and checks that it answers. */
export async function openDatabase(url: string): Promise<DatabaseHandle> {
  const location = parseDatabaseUrl(url);
  return location.engine === 'sqlite' ? openSqlite(location.file) : openPostgres(location);
}

function openSqlite(file: string): DatabaseHandle {
  const inMemory = file === ':memory:';
  const path = inMemory ? file : resolve(file);
  if (!inMemory) ensureWritableDirectory(dirname(path));
  let raw: SqliteDatabase.Database;
  try {
    raw = new SqliteDatabase(path);
    raw.pragma('journal_mode = WAL');
    raw.pragma('foreign_keys = ON');
    raw.pragma('busy_timeout = 5000');
  } catch (error) {
    throw new DatabaseError(`Cannot open the SQLite database ${path}: ${(error as Error).message}`);
  }
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(raw) }) });
  return { db, engine: 'sqlite', description: `sqlite:${path}`, close: () => db.destroy() };
}

function ensureWritableDirectory(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true });
    accessSync(dir, constants.W_OK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new DatabaseError(`The data directory ${dir} cannot be written (${code}). Choose another with DATABASE_URL=sqlite:PATH.`);
  }
}

// PostgreSQL sends bigint (count(*)) and numeric as text; Barometer's numbers
// fit in a double, so read them as numbers on both engines alike.
const PG_INT8 = 20;
const PG_NUMERIC = 1700;
const pgTypes = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === PG_INT8 || oid === PG_NUMERIC) return (value: string) => Number(value);
    return pg.types.getTypeParser(oid, format as 'text');
  },
};

const CONNECT_TIMEOUT_MS = 3000;

async function openPostgres(location: { connectionString: string; description: string }): Promise<DatabaseHandle> {
  const pool = new pg.Pool({
    connectionString: location.connectionString,
    types: pgTypes,
    max: 10,
    // While PostgreSQL is down or restarting, a request fails within seconds
    // instead of waiting for a connection; the next one after it is back
    // connects afresh, so Barometer never needs restarting for it.
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    // A server that vanishes without closing the connection is noticed.
    keepAlive: true,
    idleTimeoutMillis: 30_000,
  });
  // A client that loses its server must not crash the process. The pool
  // drops an idle one itself (its 'error'); a checked-out one between two
  // queries would raise its 'error' with nobody listening, an uncaught
  // exception: its next query fails instead, and the pool drops it on release.
  pool.on('error', () => undefined);
  pool.on('connect', (client) => client.on('error', () => undefined));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  try {
    await sql`select 1`.execute(db);
  } catch (error) {
    await db.destroy();
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new DatabaseError(`Cannot reach PostgreSQL at ${location.description}: ${reason}`);
  }
  return { db, engine: 'postgres', description: location.description, close: () => db.destroy() };
}

/** The engine behind a Kysely instance (migrations receive only the instance). */
export function engineOf<Schema>(db: Kysely<Schema>): Engine {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}

/** An auto-numbered integer primary key on either engine. */
export function autoIdColumn(engine: Engine) {
  return (col: ColumnDefinitionBuilder) => (engine === 'postgres' ? col.primaryKey().generatedByDefaultAsIdentity() : col.primaryKey().autoIncrement());
}
