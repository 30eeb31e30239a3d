// What the admin area shows of releases: the list (every policy's drafts and
// published releases with their completeness) and one release's page
// (completeness, the figures it stages, and the indicators a person may
// deliver for it). Rows are mapped here; the screens get plain views.
import type { Kysely } from 'kysely';
import { listPolicies } from '../../db/repositories/policies.js';
import { findRelease, listAllReleases, listReleaseFigureViews } from '../../db/repositories/releases.js';
import type { Database } from '../../db/tables.js';
import { NotFound } from '../errors.js';
import { getReleaseCompleteness } from './release-completeness.js';
import type { Language, ReleaseCompletenessView } from './release-completeness.js';

const pick = (da: string, en: string | null, lang: Language) => (lang === 'en' ? (en ?? da) : da);

export interface ReleaseSummary {
  readonly id: number;
  readonly title: string;
  readonly policy: { readonly code: string; readonly title: string };
  readonly state: 'draft' | 'published';
  readonly createdAt: string;
  readonly publishedOn: string | null;
  readonly withFigure: number;
  readonly total: number;
}

export async function listReleaseSummaries(db: Kysely<Database>, lang: Language): Promise<ReleaseSummary[]> {
  const [releases, policies] = await Promise.all([listAllReleases(db), listPolicies(db)]);
  const summaries: ReleaseSummary[] = [];
  for (const release of releases) {
    const policy = policies.find((p) => p.id === release.policy_id)!;
    const completeness = await getReleaseCompleteness(db, release.id, lang);
    summaries.push({
      id: release.id,
      title: pick(release.title_da, release.title_en, lang),
      policy: { code: policy.code, title: pick(policy.title_da, policy.title_en, lang) },
      state: release.state,
      createdAt: release.created_at,
      publishedOn: release.published_on,
      withFigure: completeness.withFigure,
      total: completeness.total,
    });
  }
  // Drafts first: they are the work in hand.
  return summaries.sort((a, b) => (a.state === b.state ? b.id - a.id : a.state === 'draft' ? -1 : 1));
}

export interface StagedFigureView {
  readonly indicator: string;
  readonly ownerId: number | null;
  readonly period: string;
  readonly group: string;
  readonly area: string;
  readonly value: number;
  readonly provisional: boolean;
  readonly estimated: boolean;
  readonly note: string | null;
  readonly reason: string | null;
  /** After publication: the value it replaced. */
  readonly replaced: number | null;
  readonly by: string;
}

export interface ReleaseAdminView {
  readonly completeness: ReleaseCompletenessView;
  readonly policy: { readonly id: number; readonly code: string; readonly title: string };
  readonly note: string | null;
  readonly createdAt: string;
  readonly createdBy: string;
  readonly figures: readonly StagedFigureView[];
  /** All staged figures, also those beyond the list's limit. */
  readonly figureCount: number;
}

export const FIGURES_SHOWN = 500;

export async function getReleaseAdminView(db: Kysely<Database>, releaseId: number, lang: Language): Promise<ReleaseAdminView> {
  const release = await findRelease(db, releaseId);
  if (!release) throw new NotFound(`Release ${releaseId} does not exist.`);
  const [completeness, policies, rows] = await Promise.all([
    getReleaseCompleteness(db, releaseId, lang),
    listPolicies(db),
    listReleaseFigureViews(db, releaseId, FIGURES_SHOWN),
  ]);
  const policy = policies.find((p) => p.id === release.policy_id)!;
  return {
    completeness,
    policy: { id: policy.id, code: policy.code, title: pick(policy.title_da, policy.title_en, lang) },
    note: lang === 'en' ? (release.note_en ?? release.note_da) : release.note_da,
    createdAt: release.created_at,
    createdBy: release.created_by,
    figures: rows.map((row) => ({
      indicator: row.indicator,
      ownerId: row.data_owner_id,
      period: row.period,
      group: row.group_code,
      area: row.area_code,
      value: row.value,
      provisional: row.is_provisional === 1,
      estimated: row.is_estimated === 1,
      note: row.note,
      reason: row.reason,
      replaced: row.replaced_value,
      by: row.created_by,
    })),
    figureCount: completeness.present.reduce((sum, indicator) => sum + indicator.figures, 0),
  };
}
