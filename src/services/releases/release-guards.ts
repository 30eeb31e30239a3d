// The checks every release service makes first, inside its own transaction:
// the release exists (NotFound), it is still a draft where figures change
// (Conflict), and the actor has the right (Forbidden). One place, so the web
// forms, the command line and the demo loader meet the same rules.
import type { Kysely } from 'kysely';
import { findRelease } from '../../db/repositories/releases.js';
import type { Database, ReleaseRow } from '../../db/tables.js';
import type { ErrorMessageKey } from '../../i18n/index.js';
import { Conflict, Forbidden, NotFound } from '../errors.js';
import type { ErrorValues } from '../errors.js';

export async function requireRelease(db: Kysely<Database>, releaseId: number): Promise<ReleaseRow> {
  const release = await findRelease(db, releaseId);
  if (!release) throw new NotFound('error.release.idGone', { id: releaseId });
  return release;
}

export async function requireDraft(db: Kysely<Database>, releaseId: number): Promise<ReleaseRow> {
  const release = await requireRelease(db, releaseId);
  if (release.state !== 'draft') throw new Conflict('error.release.published', { id: releaseId });
  return release;
}

/** Refuses unless the named predicate allowed it, saying what the person may not do (an `error.right.*` key). */
export function requireRight(allowed: boolean, refusal: ErrorMessageKey & `error.right.${string}`, values?: ErrorValues): void {
  if (!allowed) throw new Forbidden(refusal, values);
}
