// Everything the rules say about one project on a given day: its public
// status, whether it is monitored, where it stands on the escalation ladder,
// whether its ratings have fallen behind, and whether it waits for its
// end-of-period decision. Once the period is over and a final decision
// (anchor or end) is taken, the ladder's open step is closed: the steps steer
// a running project, and a decided one has nothing left to steer, so an
// ended project no longer heads the board with a red flag nobody can act on.
import { currentEscalation } from './escalation.js';
import type { Escalation } from './escalation.js';
import { effectiveEndDate, isAwaitingDecision } from './decision.js';
import type { Decision } from './decision.js';
import { isMonitored } from './monitoring.js';
import { isRatingOverdue } from './rating-overdue.js';
import type { MonitoringReport } from './monitoring.js';
import { projectStatusOn } from './project-status.js';
import type { ProjectStatus } from './project-status.js';

export interface ProjectFacts {
  readonly startOn: string;
  readonly endOn: string;
  readonly cofundingKr: number;
  readonly reports: readonly MonitoringReport[];
  readonly decisions: readonly Decision[];
}

export interface ProjectAssessment {
  readonly status: ProjectStatus;
  readonly effectiveEndOn: string;
  readonly isMonitored: boolean;
  /** Always level `none` for a project that is not monitored. */
  readonly escalation: Escalation;
  /** Monitored and its latest rating more than a quarter behind the one due (see rating-overdue.ts). */
  readonly isRatingOverdue: boolean;
  readonly isAwaitingDecision: boolean;
}

const UNMONITORED: Escalation = { level: 'none', quarterIndex: null, consecutiveReds: 0, isOpen: false };

function isDecided(status: ProjectStatus): boolean {
  return status === 'anchored' || status === 'ended';
}

export function assessProject(facts: ProjectFacts, rules: { today: string; thresholdKr: number }): ProjectAssessment {
  const monitored = isMonitored(facts.cofundingKr, rules.thresholdKr);
  const status = projectStatusOn(facts, facts.decisions, rules.today);
  const escalation = monitored ? currentEscalation(facts.reports) : UNMONITORED;
  return {
    status,
    effectiveEndOn: effectiveEndDate(facts, facts.decisions),
    isMonitored: monitored,
    escalation: isDecided(status) ? { ...escalation, isOpen: false } : escalation,
    isRatingOverdue: monitored && isRatingOverdue(facts, facts.reports, facts.decisions, rules.today),
    isAwaitingDecision: isAwaitingDecision(facts, facts.decisions, rules.today),
  };
}
