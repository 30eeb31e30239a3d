// What the form for a new draft offers: the current policy's published
// releases, newest first, the committees that answer for its goals, and
// the projects rated red two quarters in a row.
import type { Kysely } from 'kysely';
import type { LetterLang } from '../../domain/letters/view-models.js';
import { findCurrentPolicy } from '../../db/repositories/policies.js';
import { listReleases } from '../../db/repositories/releases.js';
import type { Database } from '../../db/tables.js';
import { getPolicyOverview } from '../policy-overview.js';
import { getMonitoringBoard } from '../projects/monitoring-board.js';
import { inLang } from './letter-lines.js';

export interface LetterChoices {
  readonly releases: readonly { readonly id: number; readonly title: string; readonly publishedOn: string }[];
  readonly committees: readonly { readonly code: string; readonly name: string }[];
  /** Projects rated red two quarters in a row: the ones a red-twice letter can be written about. */
  readonly redTwiceProjects: readonly { readonly id: number; readonly title: string }[];
}

export async function loadLetterChoices(db: Kysely<Database>, lang: LetterLang, today?: string): Promise<LetterChoices> {
  const policy = await findCurrentPolicy(db);
  if (!policy) return { releases: [], committees: [], redTwiceProjects: [] };
  const [releases, overview, board] = await Promise.all([
    listReleases(db, policy.id),
    getPolicyOverview(db, policy.code),
    today === undefined ? null : getMonitoringBoard(db, today),
  ]);
  return {
    redTwiceProjects: (board?.entries ?? [])
      .filter((e) => e.assessment.escalation.level === 'committee_letter')
      .map((e) => ({ id: e.projectId, title: e.title })),
    releases: releases
      .filter((r) => r.state === 'published' && r.published_on !== null)
      .map((r) => ({ id: r.id, title: inLang({ da: r.title_da, en: r.title_en }, lang), publishedOn: r.published_on! })),
    committees: (overview?.committees ?? []).map((c) => ({ code: c.code, name: inLang(c.name, lang) })),
  };
}
