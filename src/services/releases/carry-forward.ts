// What a new draft inherits: the missing figures that are still owed. When a
// figure went missing in a published release and no later release brought
// it, the note (who owes it, since when, why, when it is expected) is copied
// into the new draft, where the secretariat edits it; otherwise the reason
// and "missing since" would be lost at every new round of figures.
import type { Kysely } from 'kysely';
import { upsertReleaseMissing } from '../../db/repositories/releases.js';
import type { Database, ReleaseRow } from '../../db/tables.js';
import { listOutstandingMissingNotes } from './outstanding-missing.js';

/** Copies the outstanding notes into a new draft; returns how many. Runs inside the draft's creating transaction. */
export async function carryForwardMissingNotes(trx: Kysely<Database>, draft: ReleaseRow): Promise<number> {
  const notes = await listOutstandingMissingNotes(trx, draft.policy_id);
  for (const note of notes) await upsertReleaseMissing(trx, { ...note, release_id: draft.id });
  return notes.length;
}
