// The monitoring board: every monitored project (and every project waiting
// for its end-of-period decision) with its latest rating and the step the
// rules ask for, most urgent first (open escalations, then a missing
// decision, then ratings fallen behind, then the rest); and the same flags
// per committee, for the committee's own view.
import type { Kysely } from 'kysely';
import { listCommittees } from '../../db/repositories/organisation.js';
import { listProjects } from '../../db/repositories/projects.js';
import type { Database, MonitoringRating } from '../../db/tables.js';
import { assessProject } from '../../domain/projects/assess-project.js';
import type { ProjectAssessment } from '../../domain/projects/assess-project.js';
import { emptyCommitteeFlags, flagsByCommittee } from '../../domain/projects/committee-flags.js';
import type { CommitteeFlags } from '../../domain/projects/committee-flags.js';
import type { Text } from '../policy-overview.js';
import { readMonitoringThreshold } from './monitoring-threshold.js';
import { loadDecisions, loadMonitoringReports, toDecision, toMonitoringReport } from './project-facts.js';

export interface BoardEntry {
  readonly projectId: number;
  readonly title: string;
  readonly committeeId: number;
  readonly cofundingKr: number;
  readonly latestReport: { readonly quarter: string; readonly rating: MonitoringRating; readonly comment: string } | null;
  readonly assessment: ProjectAssessment;
}

export interface MonitoringBoard {
  readonly thresholdKr: number;
  readonly entries: readonly BoardEntry[];
  readonly committees: readonly { readonly id: number; readonly code: string; readonly name: Text; readonly flags: CommitteeFlags<BoardEntry> }[];
}

/** Lower is more urgent. */
function urgency(a: ProjectAssessment): number {
  const open = a.escalation.isOpen;
  if (open && a.escalation.level === 'committee_letter') return 0;
  if (open && a.escalation.level === 'action_plan_required') return 1;
  if (open && a.escalation.level === 'contact_project') return 2;
  if (a.isAwaitingDecision) return 3;
  if (a.isRatingOverdue) return 4;
  return 5;
}

async function loadEntries(db: Kysely<Database>, today: string, committeeId?: number) {
  const thresholdKr = await readMonitoringThreshold(db);
  const projects = await listProjects(db, committeeId === undefined ? {} : { committeeId });
  const ids = committeeId === undefined ? undefined : projects.map((p) => p.id);
  const [reports, decisions] = await Promise.all([loadMonitoringReports(db, ids), loadDecisions(db, ids)]);
  const entries: BoardEntry[] = projects.map((p) => {
    const ownReports = reports.get(p.id) ?? [];
    const latest = ownReports.at(-1);
    const assessment = assessProject(
      {
        startOn: p.start_on,
        endOn: p.end_on,
        cofundingKr: p.cofunding_kr,
        reports: ownReports.map(toMonitoringReport),
        decisions: (decisions.get(p.id) ?? []).map(toDecision),
      },
      { today, thresholdKr },
    );
    return {
      projectId: p.id,
      title: p.title,
      committeeId: p.committee_id,
      cofundingKr: p.cofunding_kr,
      latestReport: latest ? { quarter: latest.quarter, rating: latest.rating, comment: latest.comment } : null,
      assessment,
    };
  });
  const shown = entries.filter((e) => e.assessment.isMonitored || e.assessment.isAwaitingDecision);
  shown.sort((a, b) => urgency(a.assessment) - urgency(b.assessment) || a.title.localeCompare(b.title, 'da'));
  return { thresholdKr, entries: shown };
}

export async function getMonitoringBoard(db: Kysely<Database>, today: string): Promise<MonitoringBoard> {
  const [{ thresholdKr, entries }, committees] = await Promise.all([loadEntries(db, today), listCommittees(db)]);
  const flags = flagsByCommittee(entries);
  return {
    thresholdKr,
    entries,
    committees: committees
      .filter((c) => flags.has(c.id))
      .map((c) => ({ id: c.id, code: c.code, name: { da: c.name_da, en: c.name_en }, flags: flags.get(c.id)! })),
  };
}

/** The flags of one committee's projects, for the committee's view. */
export async function getCommitteeProjectFlags(db: Kysely<Database>, committeeId: number, today: string): Promise<CommitteeFlags<BoardEntry>> {
  const { entries } = await loadEntries(db, today, committeeId);
  return flagsByCommittee(entries).get(committeeId) ?? emptyCommitteeFlags<BoardEntry>();
}
