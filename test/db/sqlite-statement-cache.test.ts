// The SQLite statement cache (src/db/sqlite-statement-cache.ts): statements
// are reused by SQL text, a statement busy in an iteration is never handed out
// twice, and the least recently used go first. SQLite only: PostgreSQL
// prepares on the server and has no such cache here.
import SqliteDatabase from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { withStatementCache } from '../../src/db/sqlite-statement-cache.js';

describe('the SQLite statement cache', () => {
  const raw = new SqliteDatabase(':memory:');
  raw.exec('create table t (n integer)');
  raw.exec('insert into t values (1), (2), (3)');

  it('hands out the same statement for the same SQL', () => {
    const cached = withStatementCache(raw);
    expect(cached.prepare('select n from t')).toBe(cached.prepare('select n from t'));
    expect(cached.prepare('select n from t')).not.toBe(cached.prepare('select n + 1 from t'));
  });

  it('gives a fresh statement while the cached one is being iterated', () => {
    const cached = withStatementCache(raw);
    const first = cached.prepare('select n from t') as SqliteDatabase.Statement;
    const rows = first.iterate();
    rows.next();
    const second = cached.prepare('select n from t') as SqliteDatabase.Statement;
    expect(second).not.toBe(first);
    expect(second.all()).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }]);
    rows.return?.();
  });

  it('drops the least recently used statement past its capacity', () => {
    const cached = withStatementCache(raw, 2);
    const a = cached.prepare('select 1');
    const b = cached.prepare('select 2');
    expect(cached.prepare('select 1')).toBe(a);
    cached.prepare('select 3');
    expect(cached.prepare('select 1')).toBe(a);
    expect(cached.prepare('select 2')).not.toBe(b);
  });

  it('serves Kysely: streamed and plain runs of one query reuse its statement correctly', async () => {
    const db = new Kysely<{ t: { n: number } }>({ dialect: new SqliteDialect({ database: withStatementCache(new SqliteDatabase(':memory:')) }) });
    await sql`create table t (n integer)`.execute(db);
    await db
      .insertInto('t')
      .values([{ n: 1 }, { n: 2 }])
      .execute();
    const query = db.selectFrom('t').select('n').orderBy('n');
    const streamed: number[] = [];
    for await (const row of query.stream()) streamed.push(row.n);
    expect(streamed).toEqual([1, 2]);
    expect(await query.execute()).toEqual([{ n: 1 }, { n: 2 }]);
    await db.insertInto('t').values({ n: 3 }).execute();
    expect((await query.execute()).map((row) => row.n)).toEqual([1, 2, 3]);
    await db.destroy();
  });
});
