// Everything the rules say about one project on a given day: its public
// status, whether it is monitored, where it stands on the escalation ladder,
// and whether it waits for its end-of-period decision.
import { currentEscalation } from './escalation.js';
import type { Escalation } from './escalation.js';
import { effectiveEndDate, isAwaitingDecision } from './decision.js';
import type { Decision } from './decision.js';
import { isMonitored } from './monitoring.js';
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
  readonly isAwaitingDecision: boolean;
}

const UNMONITORED: Escalation = { level: 'none', quarterIndex: null, consecutiveReds: 0, isOpen: false };

export function assessProject(facts: ProjectFacts, rules: { today: string; thresholdKr: number }): ProjectAssessment {
  const monitored = isMonitored(facts.cofundingKr, rules.thresholdKr);
  return {
    status: projectStatusOn(facts, facts.decisions, rules.today),
    effectiveEndOn: effectiveEndDate(facts, facts.decisions),
    isMonitored: monitored,
    escalation: monitored ? currentEscalation(facts.reports) : UNMONITORED,
    isAwaitingDecision: isAwaitingDecision(facts, facts.decisions, rules.today),
  };
}
