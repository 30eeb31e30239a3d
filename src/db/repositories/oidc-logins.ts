// Single sign-ons on their way through the identity provider: the PKCE
// verifier and nonce wait here, keyed by the state, for the callback.
import type { Kysely } from 'kysely';
import type { Database, OidcLoginsTable } from '../tables.js';

export async function insertOidcLogin(db: Kysely<Database>, row: OidcLoginsTable): Promise<void> {
  await db.insertInto('oidc_logins').values(row).execute();
}

/** Reads and removes a pending sign-on, so a state is accepted once. */
export async function takeOidcLogin(db: Kysely<Database>, state: string, createdAfter: string) {
  return db.deleteFrom('oidc_logins').where('state', '=', state).where('created_at', '>', createdAfter).returningAll().executeTakeFirst();
}

export async function deleteOidcLoginsBefore(db: Kysely<Database>, before: string): Promise<void> {
  await db.deleteFrom('oidc_logins').where('created_at', '<', before).execute();
}
