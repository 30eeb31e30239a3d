// The decision at the end of a project's period: anchor it in ordinary
// operations, extend it, or end it. A project whose period is over and whose
// latest decision is not final (anchor or end) is waiting for one, and is
// flagged so that good projects are anchored and the rest really end.

export type DecisionKind = 'anchor' | 'extend' | 'end';

export const DECISION_KINDS: readonly DecisionKind[] = ['anchor', 'extend', 'end'];

export interface Decision {
  readonly kind: DecisionKind;
  readonly decidedOn: string;
  /** For `extend`: the new last day of the period. */
  readonly extendedUntil: string | null;
}

export interface ProjectPeriod {
  readonly startOn: string;
  readonly endOn: string;
}

/** The decision that counts: the one decided last (the later in the list on the same day). */
export function latestDecision(decisions: readonly Decision[]): Decision | null {
  let latest: Decision | null = null;
  for (const decision of decisions) if (!latest || decision.decidedOn >= latest.decidedOn) latest = decision;
  return latest;
}

export function isFinalDecision(decision: Decision | null): boolean {
  return decision !== null && decision.kind !== 'extend';
}

/** The last day of the period, after every extension. Dates are `YYYY-MM-DD`, so text order is date order. */
export function effectiveEndDate(period: ProjectPeriod, decisions: readonly Decision[]): string {
  let end = period.endOn;
  for (const d of decisions) if (d.kind === 'extend' && d.extendedUntil && d.extendedUntil > end) end = d.extendedUntil;
  return end;
}

/** True when the (extended) period ended before `today` and no final decision has been taken. */
export function isAwaitingDecision(period: ProjectPeriod, decisions: readonly Decision[], today: string): boolean {
  return today > effectiveEndDate(period, decisions) && !isFinalDecision(latestDecision(decisions));
}
