// User accounts: who they are, their role, and how they sign in.
import type { Kysely, Updateable } from 'kysely';
import type { Database, NewUser, UsersTable } from '../tables.js';

export async function insertUser(db: Kysely<Database>, row: NewUser) {
  return db.insertInto('users').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function findUserById(db: Kysely<Database>, id: number) {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

/** `email` must already be normalised (see normaliseEmail). */
export async function findUserByEmail(db: Kysely<Database>, email: string) {
  return db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
}

export async function findUserByOidcIdentity(db: Kysely<Database>, issuer: string, subject: string) {
  return db.selectFrom('users').selectAll().where('oidc_issuer', '=', issuer).where('oidc_subject', '=', subject).executeTakeFirst();
}

export async function listUsers(db: Kysely<Database>) {
  return db.selectFrom('users').selectAll().orderBy('email').execute();
}

/**
 * Changes a user if it is still at `version`; returns the new row, or
 * undefined when the user is gone or someone changed it meanwhile.
 */
export async function updateUserAtVersion(db: Kysely<Database>, id: number, version: number, changes: Omit<Updateable<UsersTable>, 'id' | 'version'>) {
  return db
    .updateTable('users')
    .set((eb) => ({ ...changes, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', version)
    .returningAll()
    .executeTakeFirst();
}

/** A change the system makes on its own (password set, sign-in recorded), still raising the version. */
export async function updateUser(db: Kysely<Database>, id: number, changes: Omit<Updateable<UsersTable>, 'id' | 'version'>) {
  return db
    .updateTable('users')
    .set((eb) => ({ ...changes, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
}
