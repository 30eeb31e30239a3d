// The challenge letter's view of the committee's action plan: its newest
// plan made for the letter's year or before, the initiatives tied to an
// indicator that stands still or goes back (to reconsider), and, when the
// letter carries it, the plan's economic overview with amounts written out.
import type { Kysely } from 'kysely';
import type { GoalLine, LetterLang, PlanLine, ReconsiderLine } from '../../domain/letters/view-models.js';
import type { Database } from '../../db/tables.js';
import { formatKroner } from '../../i18n/format.js';
import { getEconomicOverview } from '../plans/economic-overview.js';
import { loadInitiatives } from '../plans/plan-initiatives.js';
import { listActionPlanSummaries } from '../plans/plan-views.js';

const OFF_COURSE = new Set(['red', 'orange', 'yellow']);

export async function loadPlanLine(
  db: Kysely<Database>,
  options: { committeeId: number; policyId: number; year: number; goals: readonly GoalLine[]; lang: LetterLang; withEconomy: boolean },
): Promise<PlanLine | null> {
  const plans = await listActionPlanSummaries(db, { committeeId: options.committeeId, policyId: options.policyId });
  const plan = plans.filter((p) => p.year <= options.year).at(-1) ?? plans.at(-1);
  if (!plan) return null;
  const initiatives = (await loadInitiatives(db, [plan.latestVersion.id])).get(plan.latestVersion.id) ?? [];
  // Every indicator of the policy the letter knows, not only the committee's own goals: an initiative may follow another goal's indicator.
  const indicators = new Map(options.goals.flatMap((g) => g.indicators.map((i) => [i.code, i] as const)));
  const reconsider: ReconsiderLine[] = initiatives.flatMap((initiative) => {
    const indicator = initiative.indicatorCode ? indicators.get(initiative.indicatorCode) : undefined;
    if (!indicator || !OFF_COURSE.has(indicator.colour)) return [];
    return [
      { initiative: initiative.title, resultTarget: initiative.resultTarget, indicator: indicator.title, colour: indicator.colour, status: indicator.status },
    ];
  });
  const economy = options.withEconomy ? await loadEconomy(db, options.committeeId, plan.year, options.lang) : null;
  return {
    title: plan.latestVersion.title,
    year: plan.year,
    version: plan.latestVersion.number,
    initiativeCount: initiatives.length,
    reconsider,
    economy,
  };
}

async function loadEconomy(db: Kysely<Database>, committeeId: number, year: number, lang: LetterLang): Promise<PlanLine['economy']> {
  const overview = await getEconomicOverview(db, { year, committeeId });
  const committee = overview.committees[0];
  if (!committee) return null;
  // A no-break space keeps an amount and its `kr.` on one line in a narrow column.
  const kr = (amount: number) => formatKroner(lang, amount).replace(/ /g, '\u00A0');
  return {
    years: overview.years.map(String),
    rows: committee.initiatives.map((i) => ({ initiative: i.title, amounts: i.amountsByYear.map(kr), total: kr(i.total) })),
    totals: committee.totalsByYear.map(kr),
    total: kr(committee.total),
  };
}
