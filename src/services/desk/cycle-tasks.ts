// The cycle's tasks as the desk lists them: every year's tasks of the
// current and earlier cycles that are not yet delivered, with their deadline
// read against today. A figures task follows the releases (figures-tasks.ts),
// so a task the figures have already delivered is never shown as owed.
import type { Kysely } from 'kysely';
import type { Database } from '../../db/tables.js';
import { daysUntilDeadline, isDelivered, isOverdue } from '../../domain/cycle/task-state.js';
import { listTasksFollowingReleases } from '../cycle/figures-tasks.js';
import type { DeskTask, TasksOfAssignee } from './desk-types.js';

type TaskRow = Awaited<ReturnType<typeof listTasksFollowingReleases>>[number];

function toDeskTask(row: TaskRow, today: string): DeskTask {
  const assignee: DeskTask['assignee'] =
    row.committee_id !== null
      ? { kind: 'committee', code: row.committee_code ?? '', name: { da: row.committee_name_da ?? '', en: row.committee_name_en } }
      : { kind: 'administration', code: row.administration_code ?? '', name: { da: row.administration_name_da ?? '', en: row.administration_name_en } };
  return {
    id: row.id,
    title: { da: row.milestone_title_da, en: row.milestone_title_en },
    assignee,
    deadline: row.deadline,
    state: row.state,
    overdue: isOverdue(row, today),
    daysLeft: daysUntilDeadline(row.deadline, today),
  };
}

/** Tasks still to deliver, deadline first; `committeeId` or `administrationId` keeps one assignee's. */
export async function listOpenTasks(db: Kysely<Database>, today: string, only: { committeeId?: number; administrationId?: number } = {}): Promise<DeskTask[]> {
  const rows = await listTasksFollowingReleases(db, only.committeeId === undefined ? {} : { committeeId: only.committeeId });
  return rows
    .filter((row) => only.administrationId === undefined || row.administration_id === only.administrationId)
    .filter((row) => !isDelivered(row.state))
    .map((row) => toDeskTask(row, today))
    .sort((a, b) => a.deadline.localeCompare(b.deadline) || a.id - b.id);
}

/** Groups tasks under their committee or administration, keeping the tasks' order and the order assignees first appear in. */
export function groupByAssignee(tasks: readonly DeskTask[]): TasksOfAssignee[] {
  const groups = new Map<string, { assignee: DeskTask['assignee']; tasks: DeskTask[] }>();
  for (const task of tasks) {
    const key = `${task.assignee.kind}:${task.assignee.code}`;
    const group = groups.get(key) ?? { assignee: task.assignee, tasks: [] };
    group.tasks.push(task);
    groups.set(key, group);
  }
  return [...groups.values()];
}
