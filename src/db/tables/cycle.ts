// The annual cycle (migration 2026-11-22T0700-annual-cycle): a cycle per
// policy and year; milestones carry the dates, tasks the work of one
// committee or one administration, with their answers, attachments,
// comments and history, and the log of reminder e-mails. A task's "overdue"
// is derived from its deadline and today, never stored.
import type { Generated, Selectable } from 'kysely';
import type { MilestoneKind, TaskKind } from '../../domain/cycle/default-milestones.js';
import type { TaskReminderKind } from '../../domain/cycle/reminders.js';
import type { TaskState } from '../../domain/cycle/task-state.js';

/** A reminder about one task, or the secretariat's weekly digest. */
export type CycleReminderKind = TaskReminderKind | 'digest';
export type CycleReminderStatus = 'sending' | 'sent' | 'failed';

export interface CyclesTable {
  id: Generated<number>;
  policy_id: number;
  year: number;
  created_at: string;
  created_by: string;
}

export interface CycleMilestonesTable {
  id: Generated<number>;
  cycle_id: number;
  kind: MilestoneKind;
  title_da: string;
  title_en: string;
  /** `YYYY-MM-DD` */
  date: string;
  description_da: string | null;
  description_en: string | null;
  updated_at: string;
  version: Generated<number>;
}

export interface CycleTasksTable {
  id: Generated<number>;
  milestone_id: number;
  kind: TaskKind;
  /** Exactly one of committee_id and administration_id is set. */
  committee_id: number | null;
  administration_id: number | null;
  /** `YYYY-MM-DD` */
  deadline: string;
  state: Generated<TaskState>;
  updated_at: string;
  version: Generated<number>;
}

/** A saved answer: the draft being written, or one that was submitted. */
export interface CycleSubmissionsTable {
  id: Generated<number>;
  task_id: number;
  status: 'draft' | 'submitted';
  /** JSON object of text fields; which fields depends on the task's kind. */
  fields: string;
  saved_at: string;
  saved_by: string;
  submitted_at: string | null;
}

export interface CycleAttachmentsTable {
  id: Generated<number>;
  task_id: number;
  file_name: string;
  content_type: string;
  size_bytes: number;
  content: Buffer;
  uploaded_at: string;
  uploaded_by: string;
}

export interface CycleCommentsTable {
  id: Generated<number>;
  task_id: number;
  body: string;
  created_at: string;
  created_by: string;
}

/** Every change of a task's state. */
export interface CycleTaskHistoryTable {
  id: Generated<number>;
  task_id: number;
  from_state: TaskState | null;
  to_state: TaskState;
  at: string;
  actor: string;
  note: string | null;
}

/** One row per reminder e-mail; its unique key is the claim that makes it go once. */
export interface CycleRemindersTable {
  id: Generated<number>;
  reminder_key: string;
  kind: CycleReminderKind;
  task_id: number | null;
  user_id: number;
  recipient: string;
  status: CycleReminderStatus;
  attempts: Generated<number>;
  /** The instance that holds (or last held) the claim. */
  claimed_by: string;
  claimed_at: string;
  /** Until then no other instance may take the claim over. */
  lease_until: string;
  sent_at: string | null;
  last_error: string | null;
}

export interface CycleTables {
  cycles: CyclesTable;
  cycle_milestones: CycleMilestonesTable;
  cycle_tasks: CycleTasksTable;
  cycle_submissions: CycleSubmissionsTable;
  cycle_attachments: CycleAttachmentsTable;
  cycle_comments: CycleCommentsTable;
  cycle_task_history: CycleTaskHistoryTable;
  cycle_reminders: CycleRemindersTable;
}

export type CycleRow = Selectable<CyclesTable>;
export type CycleMilestoneRow = Selectable<CycleMilestonesTable>;
export type CycleTaskRow = Selectable<CycleTasksTable>;
export type CycleSubmissionRow = Selectable<CycleSubmissionsTable>;
export type CycleAttachmentRow = Selectable<CycleAttachmentsTable>;
export type CycleCommentRow = Selectable<CycleCommentsTable>;
export type CycleTaskHistoryRow = Selectable<CycleTaskHistoryTable>;
export type CycleReminderRow = Selectable<CycleRemindersTable>;
