// The escalation ladder of quarterly monitoring, as Copenhagen ran it:
//   yellow              → the pool holder contacts the project;
//   red (once)          → the project must deliver an action plan;
//   red twice in a row  → the responsible committee gets a letter.
// Green clears the ladder. "In a row" means two successive reports: a
// quarter without a report does not reset the count, or skipping a report
// would be a way out of escalation.
import type { MonitoringRating, MonitoringReport } from './monitoring.js';

export type EscalationLevel = 'none' | 'contact_project' | 'action_plan_required' | 'committee_letter';

export interface Escalation {
  readonly level: EscalationLevel;
  /** The report the level comes from; null when there is no report. */
  readonly quarterIndex: number | null;
  /** Red reports at the end of the series, one after another. */
  readonly consecutiveReds: number;
  /** True while the step the level asks for has not been recorded as taken. */
  readonly isOpen: boolean;
}

const NO_ESCALATION: Escalation = { level: 'none', quarterIndex: null, consecutiveReds: 0, isOpen: false };

function levelFor(rating: MonitoringRating, consecutiveReds: number): EscalationLevel {
  if (rating === 'green') return 'none';
  if (rating === 'yellow') return 'contact_project';
  return consecutiveReds >= 2 ? 'committee_letter' : 'action_plan_required';
}

function byQuarter(reports: readonly MonitoringReport[]): MonitoringReport[] {
  return [...reports].sort((a, b) => a.quarterIndex - b.quarterIndex);
}

/** The escalation after each report, oldest quarter first. */
export function escalationHistory(reports: readonly MonitoringReport[]): Escalation[] {
  let reds = 0;
  return byQuarter(reports).map((report) => {
    reds = report.rating === 'red' ? reds + 1 : 0;
    const level = levelFor(report.rating, reds);
    return { level, quarterIndex: report.quarterIndex, consecutiveReds: reds, isOpen: level !== 'none' && report.followUpOn === null };
  });
}

/** Where the project stands now: the escalation of its latest report. */
export function currentEscalation(reports: readonly MonitoringReport[]): Escalation {
  return escalationHistory(reports).at(-1) ?? NO_ESCALATION;
}
