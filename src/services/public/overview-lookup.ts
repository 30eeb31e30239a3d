// Finds one focus area, goal or committee in a policy overview by its code,
// for the pages that show one of them; an unknown code is NotFound.
import { NotFound } from '../errors.js';
import type { CommitteeOverview, FocusAreaOverview, GoalOverview, PolicyOverview } from '../policy-overview.js';

export function findFocusArea(overview: PolicyOverview, code: string): FocusAreaOverview {
  const area = overview.focusAreas.find((a) => a.code === code);
  if (!area) throw new NotFound('error.public.noSuchFocusArea', { code, policy: overview.policy.code });
  return area;
}

export function findGoal(overview: PolicyOverview, code: string): { goal: GoalOverview; area: FocusAreaOverview } {
  for (const area of overview.focusAreas) {
    const goal = area.goals.find((g) => g.code === code);
    if (goal) return { goal, area };
  }
  throw new NotFound('error.public.noSuchGoal', { code, policy: overview.policy.code });
}

export function findCommittee(overview: PolicyOverview, code: string): CommitteeOverview {
  const committee = overview.committees.find((c) => c.code === code);
  if (!committee) throw new NotFound('error.public.noSuchCommittee', { code, policy: overview.policy.code });
  return committee;
}

export function allGoals(overview: PolicyOverview): GoalOverview[] {
  return overview.focusAreas.flatMap((a) => a.goals);
}

