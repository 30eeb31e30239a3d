// Every database test runs on both engines: a fresh SQLite file, and a fresh
// database on the run's PostgreSQL server. Each call gets its own database.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import { openDatabase } from '../../src/db/dialect.js';
import type { DatabaseHandle, Engine } from '../../src/db/dialect.js';
import { migrateToLatest } from '../../src/db/migrate.js';

export const ENGINES: readonly Engine[] = ['sqlite', 'postgres'];

export interface TestDatabase extends DatabaseHandle {
  readonly url: string;
  /** Closes the connection and removes the database. */
  drop(): Promise<void>;
}

/** A new, empty database on the engine; migrated unless told otherwise. */
export async function createTestDatabase(engine: Engine, options: { migrate?: boolean } = {}): Promise<TestDatabase> {
  const { url, remove } = engine === 'sqlite' ? createSqliteFile() : await createPostgresDatabase();
  const handle = await openDatabase(url);
  if (options.migrate !== false) await migrateToLatest(handle.db);
  return {
    ...handle,
    url,
    async drop() {
      await handle.close();
      await remove();
    },
  };
}

function createSqliteFile() {
  const dir = mkdtempSync(join(tmpdir(), 'barometer-sqlite-'));
  return {
    url: `sqlite:${join(dir, 'test.sqlite')}`,
    remove: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

async function createPostgresDatabase() {
  const serverUrl = inject('postgresUrl');
  const name = `barometer_test_${randomBytes(6).toString('hex')}`;
  await withAdminClient(serverUrl, (client) => client.query(`create database ${name}`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    remove: () => withAdminClient(serverUrl, (client) => client.query(`drop database if exists ${name} with (force)`)),
  };
}

async function withAdminClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
