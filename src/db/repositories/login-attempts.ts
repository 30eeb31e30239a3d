// Failed sign-ins and the lockouts they cause, in the database so that every
// instance counts the same attempts.
import type { Kysely } from 'kysely';
import type { Database } from '../tables.js';

export async function recordLoginFailure(db: Kysely<Database>, row: { account: string; ip: string; at: string }) {
  await db.insertInto('login_failures').values(row).execute();
}

export async function countLoginFailuresSince(db: Kysely<Database>, account: string, since: string): Promise<number> {
  const row = await db
    .selectFrom('login_failures')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('account', '=', account)
    .where('at', '>', since)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function clearLoginFailures(db: Kysely<Database>, account: string): Promise<void> {
  await db.deleteFrom('login_failures').where('account', '=', account).execute();
}

export async function deleteLoginFailuresBefore(db: Kysely<Database>, before: string): Promise<void> {
  await db.deleteFrom('login_failures').where('at', '<', before).execute();
}

export async function findLockout(db: Kysely<Database>, account: string) {
  return db.selectFrom('login_lockouts').selectAll().where('account', '=', account).executeTakeFirst();
}

export async function lockAccount(db: Kysely<Database>, account: string, lockedUntil: string): Promise<void> {
  await db
    .insertInto('login_lockouts')
    .values({ account, locked_until: lockedUntil })
    .onConflict((oc) => oc.column('account').doUpdateSet({ locked_until: lockedUntil }))
    .execute();
}

export async function unlockAccount(db: Kysely<Database>, account: string): Promise<void> {
  await db.deleteFrom('login_lockouts').where('account', '=', account).execute();
}
