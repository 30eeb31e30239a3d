// The project bank as the public sees it: every project with its public
// fields, status on the day asked about, evaluations and decisions. Built
// field by field from the public columns, so nothing internal (case numbers,
// internal notes, monitoring, the owner's account) can reach a page or a file.
import type { Kysely } from 'kysely';
import { listGoals, findCurrentPolicy } from '../../db/repositories/policies.js';
import { listEvaluations } from '../../db/repositories/project-follow-up.js';
import { findProjectDateSpan, listProjectGoals, listPublicProjectRows } from '../../db/repositories/projects.js';
import { listCommittees } from '../../db/repositories/organisation.js';
import type { Database } from '../../db/tables.js';
import { effectiveEndDate } from '../../domain/projects/decision.js';
import type { DecisionKind } from '../../domain/projects/decision.js';
import { matchesProjectFilter } from '../../domain/projects/project-filter.js';
import type { ProjectFilter } from '../../domain/projects/project-filter.js';
import { projectStatusOn } from '../../domain/projects/project-status.js';
import type { ProjectStatus } from '../../domain/projects/project-status.js';
import { NotFound } from '../errors.js';
import type { Text } from '../policy-overview.js';
import { loadDecisions, toDecision } from './project-facts.js';

export interface PublicProjectSummary {
  readonly id: number;
  readonly reference: string | null;
  readonly title: string;
  readonly description: string | null;
  readonly owner: string;
  readonly committee: { readonly code: string; readonly name: Text };
  readonly administration: { readonly code: string; readonly name: Text } | null;
  readonly goals: readonly { readonly code: string; readonly number: number; readonly title: Text }[];
  readonly startOn: string;
  readonly endOn: string;
  /** The end after any extension. */
  readonly effectiveEndOn: string;
  readonly budgetKr: number | null;
  readonly cofundingKr: number;
  readonly fundingSource: string | null;
  readonly targetGroup: string | null;
  readonly contact: string | null;
  readonly status: ProjectStatus;
}

export interface PublicProjectDetail extends PublicProjectSummary {
  readonly evaluations: readonly { state: 'planned' | 'done'; method: string; plannedFor: string | null; completedOn: string | null; result: string | null }[];
  readonly decisions: readonly { kind: DecisionKind; decidedOn: string; extendedUntil: string | null; note: string | null }[];
}

async function loadSummaries(db: Kysely<Database>, today: string, filter: { id?: number }): Promise<PublicProjectSummary[]> {
  const rows = await listPublicProjectRows(db, filter);
  const ids = filter.id === undefined ? undefined : rows.map((r) => r.id);
  const [goalRows, decisionRows] = await Promise.all([listProjectGoals(db, ids), loadDecisions(db, ids)]);
  return rows.map((row) => {
    const decisions = (decisionRows.get(row.id) ?? []).map(toDecision);
    const period = { startOn: row.start_on, endOn: row.end_on };
    return {
      id: row.id,
      reference: row.reference,
      title: row.title,
      description: row.description,
      owner: row.owner,
      committee: { code: row.committee_code, name: { da: row.committee_name_da, en: row.committee_name_en } },
      administration: row.administration_code
        ? { code: row.administration_code, name: { da: row.administration_name_da!, en: row.administration_name_en } }
        : null,
      goals: goalRows.filter((g) => g.project_id === row.id).map((g) => ({ code: g.code, number: g.number, title: { da: g.title_da, en: g.title_en } })),
      startOn: row.start_on,
      endOn: row.end_on,
      effectiveEndOn: effectiveEndDate(period, decisions),
      budgetKr: row.budget_kr,
      cofundingKr: row.cofunding_kr,
      fundingSource: row.funding_source,
      targetGroup: row.target_group,
      contact: row.contact,
      status: projectStatusOn(period, decisions, today),
    };
  });
}

/** Projects matching the filter on `today` (`YYYY-MM-DD`), newest first. */
export async function listPublicProjects(db: Kysely<Database>, filter: ProjectFilter, today: string): Promise<PublicProjectSummary[]> {
  const projects = await loadSummaries(db, today, {});
  return projects.filter((p) =>
    matchesProjectFilter(
      {
        texts: [p.title, p.description, p.owner, p.targetGroup, p.reference, p.fundingSource],
        goalCodes: p.goals.map((g) => g.code),
        committeeCode: p.committee.code,
        status: p.status,
        startOn: p.startOn,
        effectiveEndOn: p.effectiveEndOn,
      },
      filter,
    ),
  );
}

export async function getPublicProject(db: Kysely<Database>, projectId: number, today: string): Promise<PublicProjectDetail> {
  const [summary] = await loadSummaries(db, today, { id: projectId });
  if (!summary) throw new NotFound('error.project.noSuchId', { id: projectId });
  const [evaluations, decisions] = await Promise.all([listEvaluations(db, [projectId]), loadDecisions(db, [projectId])]);
  return {
    ...summary,
    evaluations: evaluations.map((e) => ({ state: e.state, method: e.method, plannedFor: e.planned_for, completedOn: e.completed_on, result: e.result })),
    decisions: (decisions.get(projectId) ?? []).map((d) => ({ kind: d.decision, decidedOn: d.decided_on, extendedUntil: d.extended_until, note: d.note })),
  };
}

export interface ProjectFilterChoices {
  readonly goals: readonly { code: string; number: number; title: Text }[];
  readonly committees: readonly { code: string; name: Text }[];
  readonly years: readonly number[];
}

/** What the public filter offers: the current policy's goals, the committees, and the years projects span. */
export async function getProjectFilterChoices(db: Kysely<Database>): Promise<ProjectFilterChoices> {
  const policy = await findCurrentPolicy(db);
  const [goals, committees, span] = await Promise.all([policy ? listGoals(db, policy.id) : Promise.resolve([]), listCommittees(db), findProjectDateSpan(db)]);
  const first = span.firstStart ? Number(span.firstStart.slice(0, 4)) : null;
  const last = span.lastEnd ? Number(span.lastEnd.slice(0, 4)) : null;
  const years = first !== null && last !== null ? Array.from({ length: last - first + 1 }, (_, i) => first + i) : [];
  return {
    goals: goals.map((g) => ({ code: g.code, number: g.number, title: { da: g.title_da, en: g.title_en } })),
    committees: committees.map((c) => ({ code: c.code, name: { da: c.name_da, en: c.name_en } })),
    years,
  };
}
