// A cycle task's life: the states a person moves it through and the moves
// allowed. "Overdue" is not a state anyone sets: it is read from the deadline
// and today's date, so it can never be stale.
import { daysBetween } from './iso-dates.js';

export const TASK_STATES = ['not_started', 'in_progress', 'submitted', 'approved', 'returned'] as const;
export type TaskState = (typeof TASK_STATES)[number];

/** What a person does to a task: the assignee saves or submits; the secretariat approves or returns. */
export type TaskAction = 'save_draft' | 'submit' | 'approve' | 'return';

const MOVES: Readonly<Record<TaskAction, Readonly<Partial<Record<TaskState, TaskState>>>>> = {
  save_draft: { not_started: 'in_progress', in_progress: 'in_progress', returned: 'in_progress' },
  submit: { not_started: 'submitted', in_progress: 'submitted', returned: 'submitted' },
  approve: { submitted: 'approved' },
  return: { submitted: 'returned', approved: 'returned' },
};

/** The state after the action, or null when the action is not allowed from this state. */
export function nextTaskState(state: TaskState, action: TaskAction): TaskState | null {
  return MOVES[action][state] ?? null;
}

/** Delivered: the assignee has nothing more to do unless the task is returned. */
export function isDelivered(state: TaskState): boolean {
  return state === 'submitted' || state === 'approved';
}

/** Past its deadline (`today` later than the deadline day) and not delivered. */
export function isOverdue(task: { readonly state: TaskState; readonly deadline: string }, today: string): boolean {
  return !isDelivered(task.state) && daysBetween(task.deadline, today) > 0;
}

/** Days left until the deadline (0 on the day, negative when past). */
export function daysUntilDeadline(deadline: string, today: string): number {
  return daysBetween(today, deadline);
}
