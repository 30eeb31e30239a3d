// Kysely's SQLite driver prepares every query anew; better-sqlite3 statements
// can be reused, and preparing costs more than running a small query (about a
// tenth of a public request's CPU went to it in bench/public). This wrapper
// keeps the most recently used statements by their SQL text.
//
// A statement that is still being iterated (a streamed query) is `busy` and
// cannot run a second query at the same time, so a busy one is never handed
// out again: the caller gets a fresh statement instead.
import type SqliteDatabase from 'better-sqlite3';
import type { SqliteDatabase as KyselySqliteDatabase } from 'kysely';

const DEFAULT_CAPACITY = 500;

export function withStatementCache(raw: SqliteDatabase.Database, capacity = DEFAULT_CAPACITY): KyselySqliteDatabase {
  const statements = new Map<string, SqliteDatabase.Statement>();
  return {
    close: () => {
      statements.clear();
      raw.close();
    },
    prepare(sql: string) {
      const cached = statements.get(sql);
      if (cached && !cached.busy) {
        // Most recently used last, so the first key is the one to drop.
        statements.delete(sql);
        statements.set(sql, cached);
        return cached;
      }
      const statement = raw.prepare(sql);
      if (!cached) {
        statements.set(sql, statement);
        if (statements.size > capacity) statements.delete(statements.keys().next().value!);
      }
      return statement;
    },
  };
}
