// How complete a release is: "new figures for 14 of the 15 indicators", and
// for each missing one, who owes the figure, since when it has been missing,
// why, and when it is expected, as the orientation letters say it. A release
// is counted with the year's earlier releases (METHODS.md, "Release
// completeness"): a supplementary release that brings the one owed figure
// makes the year read 15 of 15, and nothing an earlier release of the year
// delivered is ever listed as missing.

/** What the secretariat has recorded about a figure that did not arrive. */
export interface MissingFigureNote {
  /** The administration (forvaltning) that delivers the figure. */
  readonly administration?: string;
  /** Since when the figure has been missing: a period label or a date, as recorded. */
  readonly missingSince?: string;
  readonly reason?: string;
  /** When it is expected: a date or a release, as recorded. */
  readonly expected?: string;
}

export interface MissingIndicator extends MissingFigureNote {
  readonly indicatorId: string;
  /** False when nothing has been recorded about why the figure is missing. */
  readonly explained: boolean;
}

export interface ReleaseCompleteness {
  /** Indicators of the policy with a figure in the release (N). */
  readonly withFigure: number;
  /** Indicators of the policy (M). */
  readonly total: number;
  readonly isComplete: boolean;
  /** In the order the policy lists its indicators. */
  readonly missing: readonly MissingIndicator[];
}

/** A release as far as its place in the year matters. */
export interface DatedRelease {
  readonly id: number;
  /** `YYYY-MM-DD`; null for a draft. */
  readonly publishedOn: string | null;
  /** ISO timestamp: a draft belongs to the year it was opened in. */
  readonly createdAt: string;
}

/** The calendar year a release's figures are counted in. */
export function releaseYear(release: DatedRelease): string {
  return (release.publishedOn ?? release.createdAt).slice(0, 4);
}

/**
 * Whether `other` is a published release of the same year that came before
 * `release` (by date, then by id for two on one day). Every published
 * release of the year comes before a draft.
 */
export function isEarlierReleaseOfYear(other: DatedRelease, release: DatedRelease): boolean {
  if (other.id === release.id || other.publishedOn === null || releaseYear(other) !== releaseYear(release)) return false;
  if (release.publishedOn === null) return true;
  return other.publishedOn < release.publishedOn || (other.publishedOn === release.publishedOn && other.id < release.id);
}

/**
 * N of M for one release. `indicatorIds` are the policy's indicators in
 * their display order (a repeated id counts once); ids in `withFigure` that
 * do not belong to the policy are ignored; `notes` holds what is known about
 * the missing ones; `deliveredEarlier` are the indicators the year's earlier
 * releases brought a figure for, which count as delivered.
 */
export function computeReleaseCompleteness(
  indicatorIds: Iterable<string>,
  withFigure: ReadonlySet<string> | Iterable<string>,
  notes: ReadonlyMap<string, MissingFigureNote> | Readonly<Record<string, MissingFigureNote>> = {},
  deliveredEarlier: Iterable<string> = [],
): ReleaseCompleteness {
  const present = new Set([...withFigure, ...deliveredEarlier]);
  const noteFor = (id: string): MissingFigureNote | undefined =>
    notes instanceof Map ? notes.get(id) : Object.hasOwn(notes, id) ? (notes as Record<string, MissingFigureNote>)[id] : undefined;

  const seen = new Set<string>();
  const missing: MissingIndicator[] = [];
  let count = 0;
  for (const id of indicatorIds) {
    if (seen.has(id)) continue;
    seen.add(id);
    if (present.has(id)) {
      count++;
      continue;
    }
    const note = noteFor(id);
    missing.push({
      indicatorId: id,
      explained: note !== undefined,
      administration: note?.administration,
      missingSince: note?.missingSince,
      reason: note?.reason,
      expected: note?.expected,
    });
  }
  return { withFigure: count, total: seen.size, isComplete: missing.length === 0, missing };
}
