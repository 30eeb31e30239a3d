// How complete a release is: "new figures for 14 of the 15 indicators", and
// for each missing one, who owes the figure, since when it has been missing,
// why, and when it is expected, as the orientation letters say it.

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

/**
 * N of M for one release. `indicatorIds` are the policy's indicators in
 * their display order (a repeated id counts once); ids in `withFigure` that
 * do not belong to the policy are ignored; `notes` holds what is known about
 * the missing ones.
 */
export function computeReleaseCompleteness(
  indicatorIds: Iterable<string>,
  withFigure: ReadonlySet<string> | Iterable<string>,
  notes: ReadonlyMap<string, MissingFigureNote> | Readonly<Record<string, MissingFigureNote>> = {},
): ReleaseCompleteness {
  const present = withFigure instanceof Set ? (withFigure as ReadonlySet<string>) : new Set(withFigure);
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
