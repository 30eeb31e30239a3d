// Failed sign-ins, in the database so that every instance counts the same
// attempts. Each is kept with the address it came from, so a lockout can
// hold for one source without shutting the account's owner out.
import type { Kysely } from 'kysely';
import type { Database } from '../tables.js';

export async function recordLoginFailure(db: Kysely<Database>, row: { account: string; ip: string; at: string }) {
  await db.insertInto('login_failures').values(row).execute();
}

/** The failures for an account since a moment, oldest first. */
export async function listLoginFailuresSince(db: Kysely<Database>, account: string, since: string) {
  return db.selectFrom('login_failures').select(['ip', 'at']).where('account', '=', account).where('at', '>', since).orderBy('at').orderBy('id').execute();
}

/** Forgets the failures for an account: from one source (a good password from there), or from all (a password reset). */
export async function clearLoginFailures(db: Kysely<Database>, account: string, ip?: string): Promise<void> {
  let query = db.deleteFrom('login_failures').where('account', '=', account);
  if (ip !== undefined) query = query.where('ip', '=', ip);
  await query.execute();
}

export async function deleteLoginFailuresBefore(db: Kysely<Database>, before: string): Promise<void> {
  await db.deleteFrom('login_failures').where('at', '<', before).execute();
}
