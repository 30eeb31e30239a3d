// One project as the administration sees it: every field including the
// internal ones and the owner's account (for canEditProject), the monitoring
// history with the escalation after each quarter, evaluations, decisions,
// and what the rules say about it today.
import type { Kysely } from 'kysely';
import { listDecisions, listEvaluations, listMonitoringReports } from '../../db/repositories/project-follow-up.js';
import { findProject, findProjectInternal, listProjectGoals } from '../../db/repositories/projects.js';
import type { Database } from '../../db/tables.js';
import { assessProject } from '../../domain/projects/assess-project.js';
import { escalationHistory } from '../../domain/projects/escalation.js';
import { canEditProject } from '../../domain/permissions.js';
import type { Actor } from '../../domain/permissions.js';
import { Forbidden, NotFound } from '../errors.js';
import { readMonitoringThreshold } from './monitoring-threshold.js';
import { toDecision, toMonitoringReport } from './project-facts.js';

export async function getProjectRecord(db: Kysely<Database>, projectId: number, today: string) {
  const p = await findProject(db, projectId);
  if (!p) throw new NotFound('error.project.noSuchId', { id: projectId });
  const [goals, internal, reports, evaluations, decisions, thresholdKr] = await Promise.all([
    listProjectGoals(db, [projectId]),
    findProjectInternal(db, projectId),
    listMonitoringReports(db, [projectId]),
    listEvaluations(db, [projectId]),
    listDecisions(db, [projectId]),
    readMonitoringThreshold(db),
  ]);
  const history = escalationHistory(reports.map(toMonitoringReport));
  return {
    project: {
      id: p.id,
      version: p.version,
      reference: p.reference,
      title: p.title,
      description: p.description,
      owner: p.owner,
      ownerUserId: p.owner_user_id,
      committeeId: p.committee_id,
      administrationId: p.administration_id,
      startOn: p.start_on,
      endOn: p.end_on,
      budgetKr: p.budget_kr,
      cofundingKr: p.cofunding_kr,
      fundingSource: p.funding_source,
      targetGroup: p.target_group,
      contact: p.contact,
      createdAt: p.created_at,
      createdBy: p.created_by,
      updatedAt: p.updated_at,
    },
    goals: goals.map((g) => ({ id: g.goal_id, code: g.code, number: g.number })),
    internal: { caseNumber: internal?.case_number ?? null, internalNote: internal?.internal_note ?? null },
    monitoring: reports.map((r, i) => ({
      quarter: r.quarter,
      rating: r.rating,
      comment: r.comment,
      followUpOn: r.follow_up_on,
      followUpNote: r.follow_up_note,
      escalation: history[i]!,
    })),
    evaluations: evaluations.map((e) => ({
      id: e.id,
      state: e.state,
      method: e.method,
      plannedFor: e.planned_for,
      completedOn: e.completed_on,
      result: e.result,
    })),
    decisions: decisions.map((d) => ({ id: d.id, kind: d.decision, decidedOn: d.decided_on, extendedUntil: d.extended_until, note: d.note })),
    assessment: assessProject(
      { startOn: p.start_on, endOn: p.end_on, cofundingKr: p.cofunding_kr, reports: reports.map(toMonitoringReport), decisions: decisions.map(toDecision) },
      { today, thresholdKr },
    ),
    thresholdKr,
  };
}

export type ProjectRecord = Awaited<ReturnType<typeof getProjectRecord>>;

/** The project for someone who may open it: the secretariat any, a project owner only its own (else Forbidden). */
export async function getProjectRecordFor(db: Kysely<Database>, projectId: number, actor: Actor, today: string): Promise<ProjectRecord> {
  const record = await getProjectRecord(db, projectId, today);
  if (!canEditProject(actor, { ownerId: record.project.ownerUserId })) throw new Forbidden('error.project.notYours');
  return record;
}
