// One milestone as its edit page shows it: the saved fields and version, and
// the tasks under it with whom each is for.
import type { Kysely } from 'kysely';
import { findMilestone } from '../../db/repositories/cycles.js';
import type { Database } from '../../db/tables.js';
import type { MilestoneKind } from '../../domain/cycle/default-milestones.js';
import type { TaskState } from '../../domain/cycle/task-state.js';
import { NotFound } from '../errors.js';
import { toTaskAssignee } from './cycle-views.js';
import { listTasksFollowingReleases } from './figures-tasks.js';
import type { TaskAssignee } from './cycle-views.js';

export interface MilestoneDetail {
  readonly id: number;
  readonly cycleId: number;
  readonly kind: MilestoneKind;
  readonly title: { readonly da: string; readonly en: string };
  readonly date: string;
  readonly description: { readonly da: string | null; readonly en: string | null };
  readonly version: number;
  readonly tasks: readonly { readonly id: number; readonly deadline: string; readonly state: TaskState; readonly assignee: TaskAssignee }[];
}

export async function getMilestoneDetail(db: Kysely<Database>, milestoneId: number): Promise<MilestoneDetail> {
  const milestone = await findMilestone(db, milestoneId);
  if (!milestone) throw new NotFound('error.milestone.noSuchId', { id: milestoneId });
  const tasks = await listTasksFollowingReleases(db, { milestoneIds: [milestoneId] });
  return {
    id: milestone.id,
    cycleId: milestone.cycle_id,
    kind: milestone.kind,
    title: { da: milestone.title_da, en: milestone.title_en },
    date: milestone.date,
    description: { da: milestone.description_da, en: milestone.description_en },
    version: milestone.version,
    tasks: tasks.map((t) => ({ id: t.id, deadline: t.deadline, state: t.state, assignee: toTaskAssignee(t) })),
  };
}
