// The public site as it will look once a draft is published, made from the
// real data and the real publication: the draft is published inside a
// transaction, the caller reads what it needs for the public views through
// that transaction, and the transaction is rolled back, so nothing is kept
// (not the measurements, the release's state or the audit row) and nobody
// else ever sees it. On SQLite the one connection is held meanwhile, so the
// caller must do all its reading through the transaction it is given.
import type { Kysely } from 'kysely';
import type { Database } from '../../db/tables.js';
import type { ChangeContext } from '../change-context.js';
import { publishRelease } from './publish.js';

class RollBack<T> extends Error {
  constructor(readonly result: T) {
    super('Preview done; rolling back.');
  }
}

export async function previewPublishedRelease<T>(
  db: Kysely<Database>,
  releaseId: number,
  ctx: ChangeContext,
  read: (published: Kysely<Database>) => Promise<T>,
): Promise<T> {
  if (db.isTransaction) throw new Error('A preview needs a transaction of its own, to roll back.');
  try {
    await db.transaction().execute(async (trx) => {
      await publishRelease(trx, releaseId, {}, ctx);
      throw new RollBack(await read(trx));
    });
  } catch (error) {
    if (error instanceof RollBack) return error.result as T;
    throw error;
  }
  throw new Error('unreachable: the preview transaction always rolls back');
}
