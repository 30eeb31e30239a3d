// A project's status as the public sees it, derived from its period and
// decisions on the day asked about, so it never goes stale in the database.
import { effectiveEndDate, latestDecision } from './decision.js';
import type { Decision, ProjectPeriod } from './decision.js';

export type ProjectStatus = 'planned' | 'running' | 'awaiting_decision' | 'anchored' | 'ended';

export const PROJECT_STATUSES: readonly ProjectStatus[] = ['planned', 'running', 'awaiting_decision', 'anchored', 'ended'];

export function isProjectStatus(value: string): value is ProjectStatus {
  return (PROJECT_STATUSES as readonly string[]).includes(value);
}

export function projectStatusOn(period: ProjectPeriod, decisions: readonly Decision[], today: string): ProjectStatus {
  if (today < period.startOn) return 'planned';
  if (today <= effectiveEndDate(period, decisions)) return 'running';
  const latest = latestDecision(decisions);
  if (latest?.kind === 'anchor') return 'anchored';
  if (latest?.kind === 'end') return 'ended';
  return 'awaiting_decision';
}
