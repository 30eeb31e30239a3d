// Loads the initiatives of plan versions with their goals and budgets, as
// the plan view and the economic overview both read them.
import type { Kysely } from 'kysely';
import { listBudgets, listInitiativeGoals, listInitiatives } from '../../db/repositories/plans.js';
import type { Database } from '../../db/tables.js';

export interface InitiativeView {
  readonly title: string;
  readonly description: string | null;
  readonly resultTarget: string;
  readonly indicatorCode: string | null;
  readonly owner: string | null;
  readonly firstYear: number;
  readonly lastYear: number;
  readonly goals: readonly { readonly code: string; readonly number: number }[];
  readonly budgets: readonly { readonly year: number; readonly amountKr: number }[];
}

/** Initiatives per version id, in the plan's order. */
export async function loadInitiatives(db: Kysely<Database>, versionIds: readonly number[]): Promise<Map<number, InitiativeView[]>> {
  const initiatives = await listInitiatives(db, versionIds);
  const ids = initiatives.map((i) => i.id);
  const [goals, budgets] = await Promise.all([listInitiativeGoals(db, ids), listBudgets(db, ids)]);
  const byVersion = new Map<number, InitiativeView[]>();
  for (const row of initiatives) {
    const view: InitiativeView = {
      title: row.title,
      description: row.description,
      resultTarget: row.result_target,
      indicatorCode: row.indicator_code,
      owner: row.owner,
      firstYear: row.first_year,
      lastYear: row.last_year,
      goals: goals.filter((g) => g.initiative_id === row.id).map((g) => ({ code: g.code, number: g.number })),
      budgets: budgets.filter((b) => b.initiative_id === row.id).map((b) => ({ year: b.year, amountKr: b.amount_kr })),
    };
    const list = byVersion.get(row.version_id);
    if (list) list.push(view);
    else byVersion.set(row.version_id, [view]);
  }
  return byVersion;
}
