// Everything the public indicator page, its downloads, its embeddable card
// and the open-data API show about one indicator: where it sits in the
// policy, its definition, its figures per group and its headline, the status
// with its explanation in both languages, the figures later revised, and
// when it was last updated and is next due.
import type { Kysely } from 'kysely';
import { computeIndicatorStatus } from '../../domain/status/compute-indicator-status.js';
import { explainIndicatorJudgement } from '../../domain/status/explain/explain.js';
import type { IndicatorJudgement } from '../../domain/status/judgement.js';
import { findIndicatorByCode } from '../../db/repositories/indicators.js';
import { listMeasurementsForIndicators } from '../../db/repositories/measurements.js';
import { listGroups } from '../../db/repositories/organisation.js';
import {
  findAdministration,
  findIndicatorPlacement,
  listIndicatorGroups,
  listIndicatorRevisions,
  listReleasesWithIndicator,
} from '../../db/repositories/public-indicators.js';
import { findOutstandingMissingFigure } from '../releases/outstanding-missing.js';
import type { OutstandingMissingFigure } from '../releases/outstanding-missing.js';
import type { Database, GroupRow, IndicatorRow, PolicyRow } from '../../db/tables.js';
import type { IndicatorDefinition } from '../../domain/indicator-definition.js';
import { text } from '../../domain/text.js';
import type { Text } from '../../domain/text.js';
import { NotFound } from '../errors.js';
import { toIndicatorFigures, toStatusInput } from '../indicator-figures.js';
import type { FigurePoint } from '../indicator-figures.js';
import { readSiteSettings } from '../site-settings.js';
import { nextUpdateOf } from '../../domain/next-update.js';
import type { NextUpdate } from '../../domain/next-update.js';
import { requirePublicPolicy } from './public-policies.js';
import { toRevisionViews } from './revisions.js';
import type { RevisionView } from './revisions.js';
import { toIndicatorDefinition } from './to-indicator-definition.js';

export interface GroupRef {
  readonly id: number;
  readonly code: string;
  readonly name: Text;
}

export interface IndicatorDetail {
  readonly policy: { readonly code: string; readonly title: Text; readonly isArchived: boolean };
  readonly focusArea: { readonly code: string; readonly number: number; readonly title: Text };
  readonly goal: { readonly code: string; readonly number: number; readonly title: Text };
  readonly indicator: IndicatorDefinition;
  readonly dataOwner: Text | null;
  readonly headline: { readonly group: GroupRef | null; readonly reference: GroupRef | null };
  readonly groups: readonly { readonly group: GroupRef; readonly points: readonly FigurePoint[] }[];
  /** The series the status is judged on: the total, the focus group, or the gap. */
  readonly headlineSeries: readonly FigurePoint[];
  readonly judgement: IndicatorJudgement | null;
  readonly explanation: Text | null;
  readonly revisions: readonly RevisionView[];
  readonly lastUpdate: { readonly releaseId: number; readonly title: Text; readonly publishedOn: string } | null;
  readonly nextUpdate: NextUpdate;
  /** Why the figure is late and who owes it, while a release has recorded it missing and none has brought it since. */
  readonly missingFigure: OutstandingMissingFigure | null;
  readonly isDemoData: boolean;
}

export async function getIndicatorDetail(db: Kysely<Database>, policyCode: string, indicatorCode: string): Promise<IndicatorDetail> {
  const policy = await requirePublicPolicy(db, policyCode);
  const indicator = await findIndicatorByCode(db, policy.id, indicatorCode);
  if (!indicator) throw new NotFound('error.public.noSuchIndicator', { code: indicatorCode, policy: policyCode });
  return buildDetail(db, policy, indicator);
}

async function buildDetail(db: Kysely<Database>, policy: PolicyRow, indicator: IndicatorRow): Promise<IndicatorDetail> {
  const [placement, owner, linked, allGroups, measurements, revisions, releases, missing, settings] = await Promise.all([
    findIndicatorPlacement(db, indicator.goal_id),
    indicator.data_owner_id === null ? undefined : findAdministration(db, indicator.data_owner_id),
    listIndicatorGroups(db, indicator.id),
    listGroups(db),
    listMeasurementsForIndicators(db, [indicator.id]),
    listIndicatorRevisions(db, indicator.id),
    listReleasesWithIndicator(db, indicator.id),
    findOutstandingMissingFigure(db, policy.id, indicator.id),
    readSiteSettings(db),
  ]);
  if (!placement) throw new NotFound('error.public.indicatorWithoutGoal', { code: indicator.code });

  const groupRef = (row: GroupRow | (typeof linked)[number]): GroupRef => ({ id: row.id, code: row.code, name: text(row.name_da, row.name_en) });
  const refById = (id: number | null) => {
    const row = id === null ? undefined : allGroups.find((g) => g.id === id);
    return row ? groupRef(row) : null;
  };
  const figures = toIndicatorFigures(indicator, measurements, allGroups.find((g) => g.code === 'total')?.id ?? null);
  // Linked groups first, in their order; then any group that has figures without being linked.
  const order = [...linked.map((g) => g.id), ...figures.groups.map((g) => g.groupId).filter((id) => !linked.some((g) => g.id === id))];
  const groups = order.flatMap((id) => {
    const ref = refById(id);
    const points = figures.groups.find((g) => g.groupId === id)?.points ?? [];
    return ref && points.length > 0 ? [{ group: ref, points }] : [];
  });

  const result = computeIndicatorStatus(toStatusInput(indicator, figures.headline, policy.default_method));
  const judgement = result.ok ? result.judgement : null;
  const last = releases[0];
  return {
    policy: { code: policy.code, title: text(policy.title_da, policy.title_en), isArchived: policy.state === 'archived' },
    focusArea: { code: placement.area_code, number: placement.area_number, title: text(placement.area_title_da, placement.area_title_en) },
    goal: { code: placement.goal_code, number: placement.goal_number, title: text(placement.goal_title_da, placement.goal_title_en) },
    indicator: toIndicatorDefinition(indicator, policy.default_method),
    dataOwner: owner ? text(owner.name_da, owner.name_en) : null,
    headline: { group: refById(indicator.headline_group_id), reference: refById(indicator.reference_group_id) },
    groups,
    headlineSeries: figures.headline,
    judgement,
    explanation: judgement ? { da: explainIndicatorJudgement(judgement, 'da'), en: explainIndicatorJudgement(judgement, 'en') } : null,
    revisions: toRevisionViews(revisions, allGroups),
    lastUpdate: last?.published_on ? { releaseId: last.id, title: text(last.title_da, last.title_en), publishedOn: last.published_on } : null,
    nextUpdate: nextUpdateOf({
      frequency: indicator.update_frequency,
      lastUpdate: last?.published_on ?? null,
      expected: missing?.expected ?? null,
      policyEnded: policy.state === 'archived',
    }),
    missingFigure: missing,
    isDemoData: settings.demo_data,
  };
}
