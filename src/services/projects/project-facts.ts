// Loads what the project rules need (monitoring reports and decisions) for
// many projects at once, and maps the rows to the domain's shapes.
import type { Kysely } from 'kysely';
import { listDecisions, listMonitoringReports } from '../../db/repositories/project-follow-up.js';
import type { Database, ProjectDecisionRow, ProjectMonitoringRow } from '../../db/tables.js';
import type { Decision } from '../../domain/projects/decision.js';
import type { MonitoringReport } from '../../domain/projects/monitoring.js';

export function toDecision(row: ProjectDecisionRow): Decision {
  return { kind: row.decision, decidedOn: row.decided_on, extendedUntil: row.extended_until };
}

export function toMonitoringReport(row: ProjectMonitoringRow): MonitoringReport {
  return { quarterIndex: row.quarter_index, rating: row.rating, followUpOn: row.follow_up_on };
}

function groupBy<T extends { project_id: number }>(rows: readonly T[]): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const row of rows) {
    const list = groups.get(row.project_id);
    if (list) list.push(row);
    else groups.set(row.project_id, [row]);
  }
  return groups;
}

/** Decision rows per project; every project when no ids are given. */
export async function loadDecisions(db: Kysely<Database>, projectIds?: readonly number[]) {
  return groupBy(await listDecisions(db, projectIds));
}

/** Monitoring rows per project, oldest quarter first; every project when no ids are given. */
export async function loadMonitoringReports(db: Kysely<Database>, projectIds?: readonly number[]) {
  return groupBy(await listMonitoringReports(db, projectIds));
}
