// Which projects are monitored, and what a quarterly report says. Only
// projects that the municipality co-funds with at least a set amount are
// monitored, so the secretariat's follow-up goes where the city's money is.

export type MonitoringRating = 'green' | 'yellow' | 'red';

export const MONITORING_RATINGS: readonly MonitoringRating[] = ['green', 'yellow', 'red'];

/** Copenhagen's threshold: 100.000 kr. of municipal co-funding. An administrator may change it. */
export const DEFAULT_MONITORING_THRESHOLD_KR = 100_000;

/** A project is monitored when its municipal co-funding is at or above the threshold. */
export function isMonitored(cofundingKr: number, thresholdKr: number): boolean {
  return cofundingKr >= thresholdKr;
}

export interface MonitoringReport {
  /** See quarterIndex. */
  readonly quarterIndex: number;
  readonly rating: MonitoringRating;
  /** The day the step asked for was taken; null while it is still open. */
  readonly followUpOn: string | null;
}
