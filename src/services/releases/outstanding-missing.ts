// The figures still owed: for each indicator, the newest note a published
// release recorded about its missing figure, as long as no later release
// brought the figure. A new draft starts from these (carry-forward.ts) and
// the public indicator page says why its figure is late and who owes it.
import type { Kysely } from 'kysely';
import { findAdministration } from '../../db/repositories/public-indicators.js';
import { listPublishedReleases, listReleaseFigureFlags } from '../../db/repositories/public-releases.js';
import { listReleasesMissing } from '../../db/repositories/releases.js';
import type { Database, ReleaseMissingRow } from '../../db/tables.js';
import { optionalText, text } from '../../domain/text.js';
import type { Text } from '../../domain/text.js';
import { indicatorsWithNewFigure } from './year-deliveries.js';

/** The notes still outstanding, as rows for copying within the release services. */
export async function listOutstandingMissingNotes(db: Kysely<Database>, policyId: number): Promise<ReleaseMissingRow[]> {
  // Oldest first, so a later note or a later figure wins.
  const published = (await listPublishedReleases(db, policyId)).reverse();
  const ids = published.map((r) => r.id);
  const [flags, notes] = await Promise.all([listReleaseFigureFlags(db, ids), listReleasesMissing(db, ids)]);
  const outstanding = new Map<number, ReleaseMissingRow>();
  for (const release of published) {
    for (const note of notes) if (note.release_id === release.id) outstanding.set(note.indicator_id, note);
    // After the notes: a note carried into a draft that then got the figure is answered by it.
    for (const indicatorId of indicatorsWithNewFigure(flags, release.id)) outstanding.delete(indicatorId);
  }
  return [...outstanding.values()];
}

/** Why an indicator's figure is late, as the public indicator page shows it. */
export interface OutstandingMissingFigure {
  readonly administration: Text | null;
  /** A period label or a date, as recorded. */
  readonly missingSince: string | null;
  readonly reason: Text | null;
  readonly expected: Text | null;
}

/** The indicator's outstanding note, or null when its figure is not owed (or nobody recorded anything). */
export async function findOutstandingMissingFigure(db: Kysely<Database>, policyId: number, indicatorId: number): Promise<OutstandingMissingFigure | null> {
  const note = (await listOutstandingMissingNotes(db, policyId)).find((n) => n.indicator_id === indicatorId);
  if (!note) return null;
  const owed = note.administration_id === null ? undefined : await findAdministration(db, note.administration_id);
  return {
    administration: owed ? text(owed.name_da, owed.name_en) : null,
    missingSince: note.missing_since,
    reason: optionalText(note.reason_da, note.reason_en),
    expected: optionalText(note.expected_da, note.expected_en),
  };
}
