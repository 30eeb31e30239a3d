// One-time tokens behind invitation and password-reset links. Stored as
// hashes; a token is used at most once and only before it expires.
import type { Kysely } from 'kysely';
import type { Database, OneTimeTokenPurpose } from '../tables.js';

export async function insertOneTimeToken(
  db: Kysely<Database>,
  row: { token_hash: string; purpose: OneTimeTokenPurpose; user_id: number; created_at: string; expires_at: string },
): Promise<void> {
  await db
    .insertInto('one_time_tokens')
    .values({ ...row, used_at: null })
    .execute();
}

export async function findUsableToken(db: Kysely<Database>, tokenHash: string, purpose: OneTimeTokenPurpose, now: string) {
  return db
    .selectFrom('one_time_tokens')
    .selectAll()
    .where('token_hash', '=', tokenHash)
    .where('purpose', '=', purpose)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .executeTakeFirst();
}

/** Marks the token used; false when another request used it first. */
export async function markTokenUsed(db: Kysely<Database>, id: number, now: string): Promise<boolean> {
  const result = await db.updateTable('one_time_tokens').set({ used_at: now }).where('id', '=', id).where('used_at', 'is', null).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Ends every open link of a kind for a user (a new one replaces the old). */
export async function retireTokensOfUser(db: Kysely<Database>, userId: number, purpose: OneTimeTokenPurpose, now: string) {
  await db
    .updateTable('one_time_tokens')
    .set({ used_at: now })
    .where('user_id', '=', userId)
    .where('purpose', '=', purpose)
    .where('used_at', 'is', null)
    .execute();
}

/**
 * Ends every open link of a user, of both kinds: the address, role or
 * organisation it was sent for has changed, or the account was deactivated.
 */
export async function retireAllTokensOfUser(db: Kysely<Database>, userId: number, now: string) {
  await db.updateTable('one_time_tokens').set({ used_at: now }).where('user_id', '=', userId).where('used_at', 'is', null).execute();
}

/** How many links of a kind were made for a user since a moment, used or not. */
export async function countTokensIssuedSince(db: Kysely<Database>, userId: number, purpose: OneTimeTokenPurpose, since: string): Promise<number> {
  const row = await db
    .selectFrom('one_time_tokens')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('user_id', '=', userId)
    .where('purpose', '=', purpose)
    .where('created_at', '>', since)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
