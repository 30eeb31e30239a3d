// Rolls indicator statuses up to goals and focus areas, and goal statuses up
// to committees, with the status engine's one rule (METHODS.md, "Rolling
// up"). A committee is judged on the goals it leads; goals that every
// committee shares ("alle udvalg") are listed with it but do not decide its
// colour, or every committee would carry the same shared goals.
import { rollUpStatuses } from '../../domain/status/rollup.js';
import type { RollUp, RollUpItem } from '../../domain/status/rollup.js';
import type { AdministrationRow, CommitteeRow } from '../../db/tables.js';
import type { GoalOverview, IndicatorOverview, Text } from '../policy-overview.js';

export interface CommitteeOverview {
  readonly code: string;
  readonly name: Text;
  readonly administration: Text | null;
  /** Goal codes the committee leads, in the policy's order. */
  readonly leadGoals: readonly string[];
  /** Goal codes every committee shares. */
  readonly sharedGoals: readonly string[];
  /** The lead goals rolled up. */
  readonly status: RollUp;
}

/** An indicator as a roll-up item: one that cannot be judged counts as having no data. */
function toRollUpItem(indicator: IndicatorOverview): RollUpItem {
  const judgement = indicator.judgement;
  return {
    id: indicator.code,
    colour: judgement?.colour ?? 'grey',
    status: judgement?.status,
    score: judgement?.score,
    isMain: indicator.isMain,
  };
}

export function rollUpIndicators(indicators: readonly IndicatorOverview[]): RollUp {
  return rollUpStatuses(indicators.map(toRollUpItem));
}

export function rollUpCommittees(
  committees: readonly CommitteeRow[],
  administrations: readonly AdministrationRow[],
  goals: readonly GoalOverview[],
): CommitteeOverview[] {
  const result: CommitteeOverview[] = [];
  for (const committee of committees) {
    const lead = goals.filter((g) => g.committees.some((c) => c.code === committee.code && c.role === 'lead'));
    const shared = goals.filter((g) => g.committees.some((c) => c.code === committee.code && c.role === 'shared'));
    if (lead.length === 0 && shared.length === 0) continue;
    const administration = administrations.find((a) => a.id === committee.administration_id);
    result.push({
      code: committee.code,
      name: { da: committee.name_da, en: committee.name_en },
      administration: administration ? { da: administration.name_da, en: administration.name_en } : null,
      leadGoals: lead.map((g) => g.code),
      sharedGoals: shared.map((g) => g.code),
      status: rollUpStatuses(lead.map((g) => ({ id: g.code, colour: g.status.colour, status: g.status.status, score: g.status.score }))),
    });
  }
  return result;
}
