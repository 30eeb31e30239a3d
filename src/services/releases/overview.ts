// One release's admin page: its completeness, the figures it stages, and
// the administrations owning the policy's indicators (for their templates).
// Rows are mapped here; the screen gets a plain view.
import type { Kysely } from 'kysely';
import { listIndicatorsForPolicy } from '../../db/repositories/indicators.js';
import { listAdministrations } from '../../db/repositories/organisation.js';
import { listPolicies } from '../../db/repositories/policies.js';
import { listReleaseFigureViews } from '../../db/repositories/releases.js';
import type { Database } from '../../db/tables.js';
import { getReleaseCompleteness } from './completeness.js';
import type { Language, ReleaseCompletenessView } from './completeness.js';
import { requireRelease } from './release-guards.js';

const pick = (da: string, en: string | null, lang: Language) => (lang === 'en' ? (en ?? da) : da);

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
  /** Administrations owning indicators of the policy, for per-owner templates. */
  readonly owners: readonly { readonly code: string; readonly name: string }[];
}

const FIGURES_SHOWN = 500;

export async function getReleaseAdminView(db: Kysely<Database>, releaseId: number, lang: Language): Promise<ReleaseAdminView> {
  const release = await requireRelease(db, releaseId);
  const [completeness, policies, rows, indicators, administrations] = await Promise.all([
    getReleaseCompleteness(db, releaseId, lang),
    listPolicies(db),
    listReleaseFigureViews(db, releaseId, FIGURES_SHOWN),
    listIndicatorsForPolicy(db, release.policy_id),
    listAdministrations(db),
  ]);
  const policy = policies.find((p) => p.id === release.policy_id)!;
  const ownerIds = new Set(indicators.map((i) => i.data_owner_id));
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
    owners: administrations.filter((a) => ownerIds.has(a.id)).map((a) => ({ code: a.code, name: pick(a.name_da, a.name_en, lang) })),
  };
}
