// Whether a monitored project's ratings have fallen behind. A quarter's
// rating is written after the quarter ends, so the newest rating due on a day
// is the last quarter that has finished, but none is due for quarters after
// the period ends or after a final decision (there is nothing left to steer).
// One quarter's grace: a rating may come in during the quarter after the one
// it rates; a latest rating older than that is flagged, so a project that
// stopped reporting (Lektiecaféer, rated last in 2012 Q2 and running to mid-
// 2013) is followed up instead of passing as quietly green.
import { effectiveEndDate, isFinalDecision, latestDecision } from './decision.js';
import type { Decision, ProjectPeriod } from './decision.js';
import type { MonitoringReport } from './monitoring.js';
import { quarterIndex, quarterOfDate } from './quarter.js';

/** The quarter before the one `isoDate` falls in: the last one finished on that day. */
function lastFinishedQuarterIndex(isoDate: string): number {
  return quarterIndex(quarterOfDate(isoDate)) - 1;
}

/** The newest quarter whose rating is due on `today`; below the start quarter while none is due. */
export function lastRatingDueIndex(period: ProjectPeriod, decisions: readonly Decision[], today: string): number {
  const limits = [lastFinishedQuarterIndex(today), quarterIndex(quarterOfDate(effectiveEndDate(period, decisions)))];
  const latest = latestDecision(decisions);
  if (latest && isFinalDecision(latest)) limits.push(lastFinishedQuarterIndex(latest.decidedOn));
  return Math.min(...limits);
}

/** True when the latest rating (or the start, without any) is more than one quarter behind the newest rating due. */
export function isRatingOverdue(period: ProjectPeriod, reports: readonly MonitoringReport[], decisions: readonly Decision[], today: string): boolean {
  const startIndex = quarterIndex(quarterOfDate(period.startOn));
  const graceFrom = lastRatingDueIndex(period, decisions, today) - 1;
  if (graceFrom < startIndex) return false;
  const latestRated = reports.reduce((newest, report) => Math.max(newest, report.quarterIndex), startIndex - 1);
  return latestRated < graceFrom;
}
