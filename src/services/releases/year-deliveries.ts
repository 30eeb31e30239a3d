// What a release's year has already delivered: the indicators the year's
// earlier published releases brought a new figure for. Release completeness
// counts a release with them (METHODS.md, "Release completeness"), on the
// admin pages, in the letters and on the public pages alike.
import type { Kysely } from 'kysely';
import { listPublishedReleases, listReleaseFigureFlags } from '../../db/repositories/public-releases.js';
import type { Database, ReleaseRow } from '../../db/tables.js';
import { isEarlierReleaseOfYear } from '../../domain/status/completeness.js';
import type { DatedRelease } from '../../domain/status/completeness.js';

export type FigureFlags = Awaited<ReturnType<typeof listReleaseFigureFlags>>;

const toDatedRelease = (row: ReleaseRow): DatedRelease => ({ id: row.id, publishedOn: row.published_on, createdAt: row.created_at });

/** The indicators the release has a new figure for: a revision of a published figure alone brings none. */
export function indicatorsWithNewFigure(flags: FigureFlags, releaseId: number): Set<number> {
  return new Set(flags.filter((f) => f.release_id === releaseId && f.replaced_value === null).map((f) => f.indicator_id));
}

/** From releases and their flags already read: the indicators delivered by the year's releases before `release`. */
export function deliveredEarlierInYear(release: ReleaseRow, published: readonly ReleaseRow[], flags: FigureFlags): Set<number> {
  const earlier = published.filter((other) => isEarlierReleaseOfYear(toDatedRelease(other), toDatedRelease(release)));
  return new Set(earlier.flatMap((other) => [...indicatorsWithNewFigure(flags, other.id)]));
}

/** Reads what `deliveredEarlierInYear` needs and answers it. */
export async function findDeliveredEarlierInYear(db: Kysely<Database>, release: ReleaseRow): Promise<Set<number>> {
  const published = (await listPublishedReleases(db, release.policy_id)).filter((other) =>
    isEarlierReleaseOfYear(toDatedRelease(other), toDatedRelease(release)),
  );
  const flags = await listReleaseFigureFlags(
    db,
    published.map((r) => r.id),
  );
  return deliveredEarlierInYear(release, published, flags);
}
