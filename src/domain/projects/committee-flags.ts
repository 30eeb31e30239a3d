// The flags a committee sees for the projects it is responsible for. Only
// open escalations count: once the step a rating asked for is recorded as
// taken, the flag is down until a new report raises it again.
import type { ProjectAssessment } from './assess-project.js';

export interface CommitteeFlags<P> {
  /** Red twice in a row: the committee is to receive a letter. */
  readonly committeeLetter: P[];
  /** Red once: the project owes an action plan. */
  readonly actionPlanRequired: P[];
  /** Yellow: the pool holder should contact the project. */
  readonly contactProject: P[];
  /** Past the end of its period without a final decision. */
  readonly awaitingDecision: P[];
  /** Its latest rating is more than a quarter behind the one due. */
  readonly ratingOverdue: P[];
}

export function emptyCommitteeFlags<P>(): CommitteeFlags<P> {
  return { committeeLetter: [], actionPlanRequired: [], contactProject: [], awaitingDecision: [], ratingOverdue: [] };
}

export function hasAnyFlag(flags: CommitteeFlags<unknown>): boolean {
  return Object.values(flags).some((list: unknown[]) => list.length > 0);
}

/** Groups flagged projects by committee; committees without flags are absent. */
export function flagsByCommittee<P extends { committeeId: number; assessment: ProjectAssessment }>(projects: readonly P[]): Map<number, CommitteeFlags<P>> {
  const byCommittee = new Map<number, CommitteeFlags<P>>();
  const flagsOf = (id: number) => {
    let flags = byCommittee.get(id);
    if (!flags) byCommittee.set(id, (flags = emptyCommitteeFlags<P>()));
    return flags;
  };
  for (const project of projects) {
    const { escalation, isAwaitingDecision, isRatingOverdue } = project.assessment;
    if (escalation.isOpen && escalation.level === 'committee_letter') flagsOf(project.committeeId).committeeLetter.push(project);
    if (escalation.isOpen && escalation.level === 'action_plan_required') flagsOf(project.committeeId).actionPlanRequired.push(project);
    if (escalation.isOpen && escalation.level === 'contact_project') flagsOf(project.committeeId).contactProject.push(project);
    if (isAwaitingDecision) flagsOf(project.committeeId).awaitingDecision.push(project);
    if (isRatingOverdue) flagsOf(project.committeeId).ratingOverdue.push(project);
  }
  return byCommittee;
}
