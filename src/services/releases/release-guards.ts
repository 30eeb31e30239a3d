// The checks every release service makes first, inside its own transaction:
// the release exists (NotFound), it is still a draft where figures change
// (Conflict), and the actor has the right (Forbidden). One place, so the web
// forms, the command line and the demo loader meet the same rules.
import type { Kysely } from 'kysely';
import { findRelease } from '../../db/repositories/releases.js';
import type { Database, ReleaseRow } from '../../db/tables.js';
import { Conflict, Forbidden, NotFound } from '../errors.js';

export async function requireRelease(db: Kysely<Database>, releaseId: number): Promise<ReleaseRow> {
  const release = await findRelease(db, releaseId);
  if (!release) throw new NotFound(`Release ${releaseId} does not exist.`);
  return release;
}

export async function requireDraft(db: Kysely<Database>, releaseId: number): Promise<ReleaseRow> {
  const release = await requireRelease(db, releaseId);
  if (release.state !== 'draft') throw new Conflict(`Release ${releaseId} is published; corrections go in a new release.`);
  return release;
}

/** Refuses unless the named predicate allowed it; `what` completes "… may not …". */
export function requireRight(allowed: boolean, what: string): void {
  if (!allowed) throw new Forbidden(`This person may not ${what}.`);
}
