// Who makes a change and when: passed into every service that writes, so the
// audit trail is complete and tests control the clock.
import type { Kysely } from 'kysely';
import type { Database } from '../db/tables.js';
import type { Actor } from '../domain/permissions.js';

export interface ChangeContext {
  /** Who acts: services check the actor's rights inside their transaction, and the audit names `actor.label`. */
  readonly actor: Actor;
  readonly now: Date;
}

/** Runs the work in a transaction, or inside the caller's one if it has started it. */
export async function inTransaction<T>(db: Kysely<Database>, work: (trx: Kysely<Database>) => Promise<T>): Promise<T> {
  if (db.isTransaction) return work(db);
  return db.transaction().execute(work);
}

/** `YYYY-MM-DD` for a moment, in UTC. */
export function toIsoDate(moment: Date): string {
  return moment.toISOString().slice(0, 10);
}
