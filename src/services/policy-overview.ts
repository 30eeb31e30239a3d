// The view of one policy that the public pages (and later the letters) read:
// focus areas, goals with their committees, each indicator with its
// published figures and its status, judged on read so it is always current,
// and the roll-ups of those statuses to goals, focus areas and committees.
import type { Kysely } from 'kysely';
import { computeIndicatorStatus } from '../domain/status/compute-indicator-status.js';
import type { IndicatorJudgement } from '../domain/status/judgement.js';
import { rollUpStatuses } from '../domain/status/rollup.js';
import type { RollUp } from '../domain/status/rollup.js';
import { listIndicatorsForPolicy } from '../db/repositories/indicators.js';
import { listMeasurementsForIndicators } from '../db/repositories/measurements.js';
import { listAdministrations, listCommittees, listGroups } from '../db/repositories/organisation.js';
import { findCurrentPolicy, findPolicyByCode, listFocusAreas, listGoalCommittees, listGoals } from '../db/repositories/policies.js';
import { findLatestPublishedRelease } from '../db/repositories/releases.js';
import type { AdministrationRow, CommitteeRow, Database, Direction, HeadlineKind, PolicyRow, PolicyState, StatusMethod } from '../db/tables.js';
import { rollUpCommittees, rollUpIndicators } from '../domain/policy-rollups.js';
import type { CommitteeOverview, CommitteeRef } from '../domain/policy-rollups.js';
import type { Text } from '../domain/text.js';
import { NotFound } from './errors.js';
import { readSiteSettings } from './site-settings.js';
import { toIndicatorFigures, toStatusInput } from './indicator-figures.js';
import { toIndicatorUnits } from './indicator-units.js';
import type { FigurePoint, IndicatorFigures } from './indicator-figures.js';

export type { CommitteeOverview, Text };

export interface IndicatorOverview {
  readonly code: string;
  readonly title: Text;
  readonly description: Text | null;
  /** The headline's unit; the groups' figures are in `groupUnit` where it is set (see domain/indicator-units.ts). */
  readonly unit: Text;
  readonly groupUnit: Text | null;
  readonly precision: number;
  readonly direction: Direction;
  readonly isMain: boolean;
  readonly headlineKind: HeadlineKind;
  readonly baselinePeriod: string | null;
  readonly target: { readonly value: number; readonly period: string | null } | null;
  readonly figures: IndicatorFigures;
  readonly latest: FigurePoint | null;
  /** Null only when the indicator's settings cannot be judged (reported in `statusError`). */
  readonly judgement: IndicatorJudgement | null;
  readonly statusError: string | null;
}

export interface GoalCommittee {
  readonly code: string;
  readonly name: Text;
  readonly role: 'lead' | 'shared';
}

export interface GoalOverview {
  readonly number: number;
  readonly code: string;
  readonly title: Text;
  readonly description: Text | null;
  readonly committees: readonly GoalCommittee[];
  readonly indicators: readonly IndicatorOverview[];
  /** The goal's indicators rolled up (its main indicator decides when it has one). */
  readonly status: RollUp;
}

export interface FocusAreaOverview {
  readonly number: number;
  readonly code: string;
  readonly title: Text;
  readonly description: Text | null;
  readonly goals: readonly GoalOverview[];
  /** Every indicator of the area rolled up (its main indicator decides when it has one). */
  readonly status: RollUp;
}

export interface PolicyOverview {
  readonly policy: {
    readonly code: string;
    readonly title: Text;
    readonly subtitle: Text | null;
    readonly description: Text | null;
    readonly firstYear: number;
    readonly lastYear: number;
    readonly adoptedOn: string | null;
    readonly state: PolicyState;
    readonly defaultMethod: StatusMethod;
  };
  readonly focusAreas: readonly FocusAreaOverview[];
  /** The whole policy, rolled up from its indicators (not from its areas' colours). */
  readonly overall: RollUp;
  /** Committees responsible for at least one goal, in the committees' order. */
  readonly committees: readonly CommitteeOverview[];
  readonly latestRelease: { readonly id: number; readonly title: Text; readonly publishedOn: string } | null;
  readonly isDemoData: boolean;
}

const text = (da: string, en: string | null): Text => ({ da, en });
const optionalText = (da: string | null, en: string | null): Text | null => (da ? { da, en } : null);

/** Committees as the roll-up names them, each with its administration's name. */
export function toCommitteeRefs(committees: readonly CommitteeRow[], administrations: readonly AdministrationRow[]): CommitteeRef[] {
  return committees.map((committee) => {
    const administration = administrations.find((a) => a.id === committee.administration_id);
    return {
      code: committee.code,
      name: text(committee.name_da, committee.name_en),
      administration: administration ? text(administration.name_da, administration.name_en) : null,
    };
  });
}

/**
 * The whole policy rolled up from every indicator by a real majority. A main
 * indicator speaks for its goal or area, never for the whole policy, so it
 * is one vote here like any other.
 */
export function rollUpPolicy(focusAreas: readonly FocusAreaOverview[]): RollUp {
  const indicators = focusAreas.flatMap((a) => a.goals.flatMap((g) => g.indicators));
  return rollUpStatuses(indicators.map((i) => ({ id: i.code, colour: i.judgement?.colour ?? 'grey', status: i.judgement?.status, score: i.judgement?.score })));
}

/** The overview of the policy with the given code, or of the current policy. */
export async function getPolicyOverview(db: Kysely<Database>, policyCode?: string): Promise<PolicyOverview | null> {
  const policy = policyCode ? await findPolicyByCode(db, policyCode) : await findCurrentPolicy(db);
  if (!policy) {
    if (policyCode) throw new NotFound('error.policy.noSuchCode', { code: policyCode });
    return null;
  }
  return buildOverview(db, policy);
}

async function buildOverview(db: Kysely<Database>, policy: PolicyRow): Promise<PolicyOverview> {
  const [focusAreas, goals, links, indicators, groups, committees, administrations, release, settings] = await Promise.all([
    listFocusAreas(db, policy.id),
    listGoals(db, policy.id),
    listGoalCommittees(db, policy.id),
    listIndicatorsForPolicy(db, policy.id),
    listGroups(db),
    listCommittees(db),
    listAdministrations(db),
    findLatestPublishedRelease(db, policy.id),
    readSiteSettings(db),
  ]);
  const measurements = await listMeasurementsForIndicators(
    db,
    indicators.map((i) => i.id),
  );
  const totalGroupId = groups.find((g) => g.code === 'total')?.id ?? null;

  const indicatorOverviews = indicators.map((indicator): IndicatorOverview & { goalId: number } => {
    const figures = toIndicatorFigures(indicator, measurements, totalGroupId);
    const result = computeIndicatorStatus(toStatusInput(indicator, figures.headline, policy.default_method));
    return {
      goalId: indicator.goal_id,
      code: indicator.code,
      title: text(indicator.title_da, indicator.title_en),
      description: optionalText(indicator.description_da, indicator.description_en),
      ...toIndicatorUnits(indicator),
      precision: indicator.precision,
      direction: indicator.direction,
      isMain: indicator.is_main === 1,
      headlineKind: indicator.headline_kind,
      baselinePeriod: indicator.baseline_period,
      target: indicator.target_value === null ? null : { value: indicator.target_value, period: indicator.target_period },
      figures,
      latest: figures.headline.at(-1) ?? null,
      judgement: result.ok ? result.judgement : null,
      statusError: result.ok ? null : result.errors.map((e) => e.message).join('; '),
    };
  });

  const goalOverviews = goals.map((goal): GoalOverview & { areaId: number } => {
    const own = indicatorOverviews.filter((i) => i.goalId === goal.id);
    return {
      areaId: goal.focus_area_id,
      number: goal.number,
      code: goal.code,
      title: text(goal.title_da, goal.title_en),
      description: optionalText(goal.description_da, goal.description_en),
      committees: links.filter((l) => l.goal_id === goal.id).map((l) => ({ code: l.code, name: text(l.name_da, l.name_en), role: l.role })),
      indicators: own,
      status: rollUpIndicators(own),
    };
  });

  const areaOverviews = focusAreas.map((area): FocusAreaOverview => {
    const areaGoals = goalOverviews.filter((g) => g.areaId === area.id);
    return {
      number: area.number,
      code: area.code,
      title: text(area.title_da, area.title_en),
      description: optionalText(area.description_da, area.description_en),
      goals: areaGoals,
      status: rollUpIndicators(areaGoals.flatMap((g) => g.indicators)),
    };
  });

  return {
    policy: {
      code: policy.code,
      title: text(policy.title_da, policy.title_en),
      subtitle: optionalText(policy.subtitle_da, policy.subtitle_en),
      description: optionalText(policy.description_da, policy.description_en),
      firstYear: policy.first_year,
      lastYear: policy.last_year,
      adoptedOn: policy.adopted_on,
      state: policy.state,
      defaultMethod: policy.default_method,
    },
    focusAreas: areaOverviews,
    overall: rollUpPolicy(areaOverviews),
    committees: rollUpCommittees(toCommitteeRefs(committees, administrations), goalOverviews),
    latestRelease: release?.published_on ? { id: release.id, title: text(release.title_da, release.title_en), publishedOn: release.published_on } : null,
    isDemoData: settings.demo_data,
  };
}
