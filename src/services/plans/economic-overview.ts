// The economic overview (økonomioversigt): what the committees' action plans
// for a year set aside, initiative by initiative and year by year, with the
// totals per committee and for the whole city. It reads each plan's newest
// version, and every total is the sum of the amounts under it.
import type { Kysely } from 'kysely';
import type { Database } from '../../db/tables.js';
import type { Text } from '../policy-overview.js';
import { loadInitiatives } from './plan-initiatives.js';
import type { InitiativeView } from './plan-initiatives.js';
import { listActionPlanSummaries } from './plan-views.js';

export interface InitiativeEconomy {
  readonly title: string;
  readonly owner: string | null;
  readonly resultTarget: string;
  /** Aligned with the overview's `years`; 0 where the plan sets nothing aside. */
  readonly amountsByYear: readonly number[];
  readonly total: number;
}

export interface CommitteeEconomy {
  readonly committee: { readonly code: string; readonly name: Text };
  readonly planId: number;
  readonly versionNumber: number;
  readonly title: string;
  readonly initiatives: readonly InitiativeEconomy[];
  readonly totalsByYear: readonly number[];
  readonly total: number;
}

export interface EconomicOverview {
  readonly planYear: number;
  /** Every budget year of the plans, ascending. */
  readonly years: readonly number[];
  readonly committees: readonly CommitteeEconomy[];
  readonly totalsByYear: readonly number[];
  readonly total: number;
}

export interface PlanForOverview {
  readonly committee: { readonly code: string; readonly name: Text };
  readonly planId: number;
  readonly versionNumber: number;
  readonly title: string;
  readonly initiatives: readonly InitiativeView[];
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
const columnSums = (rows: readonly (readonly number[])[], width: number) => Array.from({ length: width }, (_, i) => sum(rows.map((r) => r[i]!)));

/** Sums the plans into an overview; pure, so its arithmetic is tested without a database. */
export function toEconomicOverview(planYear: number, plans: readonly PlanForOverview[]): EconomicOverview {
  const years = [...new Set(plans.flatMap((p) => p.initiatives.flatMap((i) => i.budgets.map((b) => b.year))))].sort((a, b) => a - b);
  const committees = plans.map((plan): CommitteeEconomy => {
    const initiatives = plan.initiatives.map((i): InitiativeEconomy => {
      const amountsByYear = years.map((y) => i.budgets.find((b) => b.year === y)?.amountKr ?? 0);
      return { title: i.title, owner: i.owner, resultTarget: i.resultTarget, amountsByYear, total: sum(amountsByYear) };
    });
    const totalsByYear = columnSums(
      initiatives.map((i) => i.amountsByYear),
      years.length,
    );
    return {
      committee: plan.committee,
      planId: plan.planId,
      versionNumber: plan.versionNumber,
      title: plan.title,
      initiatives,
      totalsByYear,
      total: sum(totalsByYear),
    };
  });
  const totalsByYear = columnSums(
    committees.map((c) => c.totalsByYear),
    years.length,
  );
  return { planYear, years, committees, totalsByYear, total: sum(totalsByYear) };
}

/** The overview of the plans made for `year`, for the whole city or one committee. */
export async function getEconomicOverview(db: Kysely<Database>, options: { year: number; committeeId?: number }): Promise<EconomicOverview> {
  const plans = await listActionPlanSummaries(db, options);
  const initiatives = await loadInitiatives(
    db,
    plans.map((p) => p.latestVersion.id),
  );
  return toEconomicOverview(
    options.year,
    plans.map((p) => ({
      committee: { code: p.committee.code, name: p.committee.name },
      planId: p.id,
      versionNumber: p.latestVersion.number,
      title: p.latestVersion.title,
      initiatives: initiatives.get(p.latestVersion.id) ?? [],
    })),
  );
}
