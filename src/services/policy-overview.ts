// The view of one policy that the front page (and later the letters) reads:
// focus areas, goals with their committees, and each indicator with its
// published figures and its status, judged on read so it is always current.
import type { Kysely } from 'kysely';
import { computeIndicatorStatus } from '../domain/status/compute-indicator-status.js';
import type { IndicatorJudgement } from '../domain/status/judgement.js';
import { listIndicatorsForPolicy } from '../db/repositories/indicators.js';
import { listMeasurementsForIndicators } from '../db/repositories/measurements.js';
import { listGroups } from '../db/repositories/organisation.js';
import { findCurrentPolicy, findPolicyByCode, listFocusAreas, listGoalCommittees, listGoals } from '../db/repositories/policies.js';
import { findLatestPublishedRelease } from '../db/repositories/releases.js';
import type { Database, Direction, HeadlineKind, PolicyRow } from '../db/tables.js';
import { NotFound } from './errors.js';
import { readSiteSettings } from './site-settings.js';
import { toIndicatorFigures, toStatusInput } from './indicator-figures.js';
import type { FigurePoint, IndicatorFigures } from './indicator-figures.js';

/** Text in Danish, and in English where it has been written. */
export interface Text {
  readonly da: string;
  readonly en: string | null;
}

export interface IndicatorOverview {
  readonly code: string;
  readonly title: Text;
  readonly unit: string;
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

export interface GoalOverview {
  readonly number: number;
  readonly code: string;
  readonly title: Text;
  readonly committees: readonly { readonly code: string; readonly name: Text; readonly role: 'lead' | 'shared' }[];
  readonly indicators: readonly IndicatorOverview[];
}

export interface FocusAreaOverview {
  readonly number: number;
  readonly code: string;
  readonly title: Text;
  readonly goals: readonly GoalOverview[];
}

export interface PolicyOverview {
  readonly policy: {
    readonly code: string;
    readonly title: Text;
    readonly subtitle: Text | null;
    readonly description: Text | null;
    readonly firstYear: number;
    readonly lastYear: number;
  };
  readonly focusAreas: readonly FocusAreaOverview[];
  readonly latestRelease: { readonly title: Text; readonly publishedOn: string } | null;
  readonly isDemoData: boolean;
}

const text = (da: string, en: string | null): Text => ({ da, en });
const optionalText = (da: string | null, en: string | null): Text | null => (da ? { da, en } : null);

/** The overview of the policy with the given code, or of the current policy. */
export async function getPolicyOverview(db: Kysely<Database>, policyCode?: string): Promise<PolicyOverview | null> {
  const policy = policyCode ? await findPolicyByCode(db, policyCode) : await findCurrentPolicy(db);
  if (!policy) {
    if (policyCode) throw new NotFound(`There is no policy "${policyCode}".`);
    return null;
  }
  return buildOverview(db, policy);
}

async function buildOverview(db: Kysely<Database>, policy: PolicyRow): Promise<PolicyOverview> {
  const [focusAreas, goals, links, indicators, groups, release, settings] = await Promise.all([
    listFocusAreas(db, policy.id),
    listGoals(db, policy.id),
    listGoalCommittees(db, policy.id),
    listIndicatorsForPolicy(db, policy.id),
    listGroups(db),
    findLatestPublishedRelease(db, policy.id),
    readSiteSettings(db),
  ]);
  const measurements = await listMeasurementsForIndicators(db, indicators.map((i) => i.id));
  const totalGroupId = groups.find((g) => g.code === 'total')?.id ?? null;

  const indicatorOverviews = indicators.map((indicator): IndicatorOverview & { goalId: number } => {
    const figures = toIndicatorFigures(indicator, measurements, totalGroupId);
    const result = computeIndicatorStatus(toStatusInput(indicator, figures.headline, policy.default_method));
    return {
      goalId: indicator.goal_id,
      code: indicator.code,
      title: text(indicator.title_da, indicator.title_en),
      unit: indicator.unit,
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

  return {
    policy: {
      code: policy.code,
      title: text(policy.title_da, policy.title_en),
      subtitle: optionalText(policy.subtitle_da, policy.subtitle_en),
      description: optionalText(policy.description_da, policy.description_en),
      firstYear: policy.first_year,
      lastYear: policy.last_year,
    },
    focusAreas: focusAreas.map((area) => ({
      number: area.number,
      code: area.code,
      title: text(area.title_da, area.title_en),
      goals: goals
        .filter((g) => g.focus_area_id === area.id)
        .map((goal) => ({
          number: goal.number,
          code: goal.code,
          title: text(goal.title_da, goal.title_en),
          committees: links
            .filter((l) => l.goal_id === goal.id)
            .map((l) => ({ code: l.code, name: text(l.name_da, l.name_en), role: l.role })),
          indicators: indicatorOverviews.filter((i) => i.goalId === goal.id),
        })),
    })),
    latestRelease: release?.published_on ? { title: text(release.title_da, release.title_en), publishedOn: release.published_on } : null,
    isDemoData: settings.demo_data,
  };
}
