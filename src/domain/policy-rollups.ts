// Rolls indicator statuses up to goals and focus areas, and goal statuses up
// to committees, with the status engine's one rule (METHODS.md, "Rolling
// up"). A committee is judged on the goals it leads; goals that every
// committee shares ("alle udvalg") are listed with it but do not decide its
// colour, or every committee would carry the same shared goals.
//
// Pure: the inputs are the few facts a roll-up reads, so the policy overview
// (a service) depends on this module and never the other way round.
import type { IndicatorJudgement } from './status/judgement.js';
import { rollUpStatuses } from './status/rollup.js';
import type { RollUp, RollUpItem } from './status/rollup.js';
import type { Text } from './text.js';

/** What a roll-up reads of an indicator. */
export interface RolledIndicator {
  readonly code: string;
  readonly isMain: boolean;
  /** Null when the indicator cannot be judged. */
  readonly judgement: IndicatorJudgement | null;
}

/** What a committee roll-up reads of a goal. */
export interface RolledGoal {
  readonly code: string;
  readonly committees: readonly { readonly code: string; readonly role: 'lead' | 'shared' }[];
  readonly status: RollUp;
}

/** A committee as the roll-up names it, with the administration it belongs to. */
export interface CommitteeRef {
  readonly code: string;
  readonly name: Text;
  readonly administration: Text | null;
}

export interface CommitteeOverview extends CommitteeRef {
  /** Goal codes the committee leads, in the policy's order. */
  readonly leadGoals: readonly string[];
  /** Goal codes every committee shares. */
  readonly sharedGoals: readonly string[];
  /** The lead goals rolled up. */
  readonly status: RollUp;
}

/** An indicator as a roll-up item: one that cannot be judged counts as having no data. */
function toRollUpItem(indicator: RolledIndicator): RollUpItem {
  const judgement = indicator.judgement;
  return {
    id: indicator.code,
    colour: judgement?.colour ?? 'grey',
    status: judgement?.status,
    score: judgement?.score,
    isMain: indicator.isMain,
  };
}

export function rollUpIndicators(indicators: readonly RolledIndicator[]): RollUp {
  return rollUpStatuses(indicators.map(toRollUpItem));
}

/** Committees responsible for at least one goal, in the order given. */
export function rollUpCommittees(committees: readonly CommitteeRef[], goals: readonly RolledGoal[]): CommitteeOverview[] {
  const result: CommitteeOverview[] = [];
  for (const committee of committees) {
    const lead = goals.filter((g) => g.committees.some((c) => c.code === committee.code && c.role === 'lead'));
    const shared = goals.filter((g) => g.committees.some((c) => c.code === committee.code && c.role === 'shared'));
    if (lead.length === 0 && shared.length === 0) continue;
    result.push({
      code: committee.code,
      name: committee.name,
      administration: committee.administration,
      leadGoals: lead.map((g) => g.code),
      sharedGoals: shared.map((g) => g.code),
      status: rollUpStatuses(lead.map((g) => ({ id: g.code, colour: g.status.colour, status: g.status.status, score: g.status.score }))),
    });
  }
  return result;
}
