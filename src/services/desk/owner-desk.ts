// A project owner's desk: its own projects, each with its status today and
// what the owner is to do: the step an open escalation asks for, the
// quarterly ratings not yet written, a planned evaluation, or the decision
// its period is waiting for.
import type { Kysely } from 'kysely';
import { listDecisions, listEvaluations } from '../../db/repositories/project-follow-up.js';
import { listProjects } from '../../db/repositories/projects.js';
import type { Database } from '../../db/tables.js';
import { isProjectOwner } from '../../domain/permissions.js';
import type { Actor } from '../../domain/permissions.js';
import { parseQuarter, quarterFromIndex, quarterIndex, quarterLabel, quarterOfDate } from '../../domain/projects/quarter.js';
import { lastRatingDueIndex } from '../../domain/projects/rating-overdue.js';
import { Forbidden } from '../errors.js';
import { listAdminProjects } from '../projects/admin-projects.js';
import type { AdminProjectRow } from '../projects/admin-projects.js';
import { toDecision } from '../projects/project-facts.js';
import type { OwnerDesk, OwnerDue, OwnerProject } from './desk-types.js';

type ProjectRow = Awaited<ReturnType<typeof listProjects>>[number];

/** The first quarter after the latest rating (or from the start) that has finished and still has no rating; null when all due are in. */
function firstUnratedQuarter(project: ProjectRow, row: AdminProjectRow, decisions: ReturnType<typeof toDecision>[], today: string): string | null {
  const due = lastRatingDueIndex({ startOn: project.start_on, endOn: project.end_on }, decisions, today);
  const latest = row.latestReport ? parseQuarter(row.latestReport.quarter) : null;
  const next = latest === null ? quarterIndex(quarterOfDate(project.start_on)) : quarterIndex(latest) + 1;
  return next <= due ? quarterLabel(quarterFromIndex(next)) : null;
}

export async function readOwnerDesk(db: Kysely<Database>, actor: Actor, options: { today: string }): Promise<OwnerDesk> {
  if (!isProjectOwner(actor)) throw new Forbidden('error.desk.ownerOnly');
  const rows = await listAdminProjects(db, { ownerUserId: actor.id }, options.today);
  const ids = rows.map((r) => r.id);
  const [projects, evaluations, decisionRows] = await Promise.all([listProjects(db), listEvaluations(db, ids), listDecisions(db, ids)]);
  const mine: OwnerProject[] = rows.map((row) => {
    const project = projects.find((p) => p.id === row.id)!;
    const decisions = decisionRows.filter((d) => d.project_id === row.id).map(toDecision);
    const { assessment } = row;
    const due: OwnerDue[] = [];
    if (assessment.escalation.isOpen && assessment.escalation.level !== 'none') due.push({ kind: 'escalation', level: assessment.escalation.level });
    const unrated = assessment.isMonitored && assessment.status !== 'planned' ? firstUnratedQuarter(project, row, decisions, options.today) : null;
    if (unrated) due.push({ kind: 'rating', quarter: unrated });
    for (const evaluation of evaluations.filter((e) => e.project_id === row.id && e.state === 'planned')) {
      due.push({ kind: 'evaluation', plannedFor: evaluation.planned_for, method: evaluation.method });
    }
    if (assessment.isAwaitingDecision) due.push({ kind: 'decision', endedOn: assessment.effectiveEndOn });
    return {
      id: row.id,
      title: row.title,
      status: assessment.status,
      endOn: assessment.effectiveEndOn,
      latestRating: row.latestReport,
      due,
    };
  });
  return { kind: 'owner', projects: mine };
}
