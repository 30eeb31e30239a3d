// One task as its page shows it: what is asked and by when, the answer (the
// draft for those who may answer, else the last submitted one), the files,
// comments and history, and for an action-plan task the committee's plan
// for the year (read from the action-plan service).
import type { Kysely } from 'kysely';
import { findLatestSubmission, listAttachments, listComments, listLatestSubmitted, listTaskHistory } from '../../db/repositories/cycle-submissions.js';
import { findCycle } from '../../db/repositories/cycles.js';
import type { Database } from '../../db/tables.js';
import { TASK_FIELDS } from '../../domain/cycle/task-fields.js';
import type { TaskState } from '../../domain/cycle/task-state.js';
import { nextTaskState } from '../../domain/cycle/task-state.js';
import type { Actor } from '../../domain/permissions.js';
import { listActionPlanSummaries } from '../plans/plan-views.js';
import { toTaskSummary } from './cycle-views.js';
import { listTasksFollowingReleases } from './figures-tasks.js';
import type { TaskSummary } from './cycle-views.js';
import { mayAccessTask, requireTask } from './task-access.js';
import { parseFields } from './submission-fields.js';

export interface TaskView extends TaskSummary {
  readonly cycleId: number;
  readonly year: number;
  readonly milestone: { readonly id: number; readonly title: { readonly da: string; readonly en: string }; readonly date: string };
  readonly fieldKeys: readonly string[];
  /** What the form shows: the draft or, failing that, the last submitted answer. */
  readonly fields: Readonly<Record<string, string>>;
  readonly submittedAt: string | null;
  readonly attachments: readonly {
    readonly id: number;
    readonly fileName: string;
    readonly contentType: string;
    readonly sizeBytes: number;
    readonly uploadedAt: string;
    readonly uploadedBy: string;
  }[];
  readonly comments: readonly { readonly id: number; readonly body: string; readonly at: string; readonly by: string }[];
  readonly history: readonly {
    readonly from: TaskState | null;
    readonly to: TaskState;
    readonly at: string;
    readonly by: string;
    readonly note: string | null;
  }[];
  readonly plan: { readonly id: number; readonly title: string; readonly version: number } | null;
  readonly may: {
    readonly answer: boolean;
    readonly submit: boolean;
    readonly review: boolean;
    readonly approve: boolean;
    readonly return: boolean;
    readonly editDeadline: boolean;
  };
}

export async function getTaskView(db: Kysely<Database>, taskId: number, actor: Actor, today: string): Promise<TaskView> {
  const task = await requireTask(db, taskId, actor, 'read');
  const row = (await listTasksFollowingReleases(db, { milestoneIds: [task.milestone_id] })).find((t) => t.id === taskId)!;
  const cycle = (await findCycle(db, row.cycle_id))!;
  const answer = mayAccessTask(actor, task, 'answer');
  const review = mayAccessTask(actor, task, 'review');
  const latest = await findLatestSubmission(db, taskId);
  const [submitted] = await listLatestSubmitted(db, [taskId]);
  const shown = answer ? latest : submitted;
  const [attachments, comments, history] = await Promise.all([listAttachments(db, taskId), listComments(db, taskId), listTaskHistory(db, taskId)]);
  let plan: TaskView['plan'] = null;
  if (task.kind === 'action_plan' && task.committee_id !== null) {
    const [found] = await listActionPlanSummaries(db, { committeeId: task.committee_id, year: cycle.year, policyId: cycle.policy_id });
    if (found) plan = { id: found.id, title: found.latestVersion.title, version: found.latestVersion.number };
  }
  return {
    ...toTaskSummary(row, today),
    cycleId: cycle.id,
    year: cycle.year,
    milestone: { id: row.milestone_id, title: { da: row.milestone_title_da, en: row.milestone_title_en }, date: row.milestone_date },
    fieldKeys: TASK_FIELDS[task.kind],
    fields: shown ? parseFields(shown.fields) : {},
    submittedAt: submitted?.submitted_at ?? null,
    attachments: attachments.map((a) => ({
      id: a.id,
      fileName: a.file_name,
      contentType: a.content_type,
      sizeBytes: a.size_bytes,
      uploadedAt: a.uploaded_at,
      uploadedBy: a.uploaded_by,
    })),
    comments: comments.map((c) => ({ id: c.id, body: c.body, at: c.created_at, by: c.created_by })),
    history: history.map((h) => ({ from: h.from_state, to: h.to_state, at: h.at, by: h.actor, note: h.note })),
    plan,
    may: {
      answer: answer && nextTaskState(task.state, 'save_draft') !== null,
      submit: answer && nextTaskState(task.state, 'submit') !== null,
      review,
      approve: review && nextTaskState(task.state, 'approve') !== null,
      return: review && nextTaskState(task.state, 'return') !== null,
      editDeadline: review,
    },
  };
}
