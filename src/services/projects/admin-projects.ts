// The project bank as the administration lists it: every project (or one
// owner's, or one committee's) with its committee, goals, the rules' verdict
// today and its latest rating, searchable and filterable; and the accounts
// that may own projects.
import type { Kysely } from 'kysely';
import { listCommittees } from '../../db/repositories/organisation.js';
import { listProjectGoals, listProjects } from '../../db/repositories/projects.js';
import { listUsers } from '../../db/repositories/users.js';
import type { Database, MonitoringRating } from '../../db/tables.js';
import { assessProject } from '../../domain/projects/assess-project.js';
import type { ProjectAssessment } from '../../domain/projects/assess-project.js';
import { matchesProjectFilter } from '../../domain/projects/project-filter.js';
import type { ProjectStatus } from '../../domain/projects/project-status.js';
import type { Text } from '../policy-overview.js';
import { readMonitoringThreshold } from './monitoring-threshold.js';
import { loadDecisions, loadMonitoringReports, toDecision, toMonitoringReport } from './project-facts.js';

export interface AdminProjectRow {
  readonly id: number;
  readonly reference: string | null;
  readonly title: string;
  readonly owner: string;
  readonly ownerUserId: number | null;
  readonly committee: { readonly id: number; readonly code: string; readonly name: Text };
  readonly goals: readonly { readonly id: number; readonly code: string; readonly number: number }[];
  readonly startOn: string;
  readonly cofundingKr: number;
  readonly latestReport: { readonly quarter: string; readonly rating: MonitoringRating } | null;
  readonly assessment: ProjectAssessment;
}

export interface AdminProjectFilter {
  readonly text?: string;
  readonly committeeId?: number;
  readonly goalId?: number;
  readonly status?: ProjectStatus;
  /** Only projects with an open escalation or waiting for their decision. */
  readonly flagged?: boolean;
  /** Only the projects this account owns. */
  readonly ownerUserId?: number;
}

export function isFlagged(assessment: ProjectAssessment): boolean {
  return (assessment.escalation.isOpen && assessment.escalation.level !== 'none') || assessment.isAwaitingDecision || assessment.isRatingOverdue;
}

export async function listAdminProjects(db: Kysely<Database>, filter: AdminProjectFilter, today: string): Promise<AdminProjectRow[]> {
  const [projects, committees, goals, reports, decisions, thresholdKr] = await Promise.all([
    listProjects(db, filter.committeeId === undefined ? {} : { committeeId: filter.committeeId }),
    listCommittees(db),
    listProjectGoals(db),
    loadMonitoringReports(db),
    loadDecisions(db),
    readMonitoringThreshold(db),
  ]);
  const committeeOf = new Map(committees.map((c) => [c.id, { id: c.id, code: c.code, name: { da: c.name_da, en: c.name_en } }]));
  const rows = projects
    .filter((p) => filter.ownerUserId === undefined || p.owner_user_id === filter.ownerUserId)
    .map((p): AdminProjectRow & { description: string | null; targetGroup: string | null } => {
      const own = reports.get(p.id) ?? [];
      const latest = own.at(-1);
      return {
        id: p.id,
        reference: p.reference,
        title: p.title,
        owner: p.owner,
        ownerUserId: p.owner_user_id,
        description: p.description,
        targetGroup: p.target_group,
        committee: committeeOf.get(p.committee_id)!,
        goals: goals.filter((g) => g.project_id === p.id).map((g) => ({ id: g.goal_id, code: g.code, number: g.number })),
        startOn: p.start_on,
        cofundingKr: p.cofunding_kr,
        latestReport: latest ? { quarter: latest.quarter, rating: latest.rating } : null,
        assessment: assessProject(
          {
            startOn: p.start_on,
            endOn: p.end_on,
            cofundingKr: p.cofunding_kr,
            reports: own.map(toMonitoringReport),
            decisions: (decisions.get(p.id) ?? []).map(toDecision),
          },
          { today, thresholdKr },
        ),
      };
    });
  return rows
    .filter((r) => filter.goalId === undefined || r.goals.some((g) => g.id === filter.goalId))
    .filter((r) => !filter.flagged || isFlagged(r.assessment))
    .filter((r) =>
      matchesProjectFilter(
        {
          texts: [r.title, r.description, r.owner, r.targetGroup, r.reference],
          goalCodes: r.goals.map((g) => g.code),
          committeeCode: r.committee.code,
          status: r.assessment.status,
          startOn: r.startOn,
          effectiveEndOn: r.assessment.effectiveEndOn,
        },
        { ...(filter.text ? { text: filter.text } : {}), ...(filter.status ? { status: filter.status } : {}) },
      ),
    )
    .map(({ description: _d, targetGroup: _t, ...row }) => row);
}

/** Active accounts with the project-owner role, to choose a project's owner from. */
export async function listProjectOwnerAccounts(db: Kysely<Database>): Promise<{ id: number; label: string }[]> {
  const users = await listUsers(db);
  return users.filter((u) => u.role === 'project_owner' && u.is_active === 1).map((u) => ({ id: u.id, label: u.name ? `${u.name} (${u.email})` : u.email }));
}
