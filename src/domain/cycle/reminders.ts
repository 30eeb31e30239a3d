// When a task's reminder is due, and the key that names each reminder once
// and for all. A reminder goes a set number of days before the deadline (any
// day within that window, so a day the job did not run is caught up), on the
// day itself, and once when the deadline has passed (within two weeks of it,
// so an old year's unfinished tasks do not start mailing people years later).
import { daysBetween } from './iso-dates.js';
import { isDelivered } from './task-state.js';
import type { TaskState } from './task-state.js';

export type TaskReminderKind = 'before' | 'on_day' | 'overdue';

export const OVERDUE_REMINDER_WINDOW_DAYS = 14;
/** A send that failed is tried again later, this many times in all. */
export const MAX_SEND_ATTEMPTS = 8;

export function dueReminderKind(task: { readonly state: TaskState; readonly deadline: string }, today: string, daysBefore: number): TaskReminderKind | null {
  if (isDelivered(task.state)) return null;
  const left = daysBetween(today, task.deadline);
  if (left === 0) return 'on_day';
  if (left > 0 && left <= daysBefore) return 'before';
  if (left < 0 && -left <= OVERDUE_REMINDER_WINDOW_DAYS) return 'overdue';
  return null;
}

/**
 * One key per reminder kind, task, deadline and person: the deadline is part
 * of it, so moving a deadline makes the reminders due again for the new date.
 */
export function taskReminderKey(kind: TaskReminderKind, taskId: number, deadline: string, userId: number): string {
  return `${kind}:task-${taskId}:${deadline}:user-${userId}`;
}

export function digestKey(isoWeek: string, userId: number): string {
  return `digest:${isoWeek}:user-${userId}`;
}

/** Minutes to wait before trying a failed send again: 15, 30, 60, … at most a day. */
export function retryDelayMinutes(attempts: number): number {
  return Math.min(15 * 2 ** Math.max(0, attempts - 1), 24 * 60);
}
