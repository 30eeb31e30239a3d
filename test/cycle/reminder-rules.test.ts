// When reminders are due, table by table, and their keys.
import { describe, expect, it } from 'vitest';
import { digestKey, dueReminderKind, retryDelayMinutes, taskReminderKey } from '../../src/domain/cycle/reminders.js';
import type { TaskState } from '../../src/domain/cycle/task-state.js';

describe('due reminders (deadline 2013-05-16, 7 days before)', () => {
  const table: [TaskState, string, string | null][] = [
    ['not_started', '2013-05-08', null],
    ['not_started', '2013-05-09', 'before'],
    ['in_progress', '2013-05-15', 'before'],
    ['returned', '2013-05-16', 'on_day'],
    ['not_started', '2013-05-17', 'overdue'],
    ['in_progress', '2013-05-30', 'overdue'],
    ['in_progress', '2013-05-31', null],
    ['submitted', '2013-05-16', null],
    ['approved', '2013-05-17', null],
    ['submitted', '2013-05-10', null],
  ];
  it.each(table)('%s on %s → %s', (state, today, expected) => {
    expect(dueReminderKind({ state, deadline: '2013-05-16' }, today, 7)).toBe(expected);
  });
  it('follows the setting', () => {
    expect(dueReminderKind({ state: 'not_started', deadline: '2013-05-16' }, '2013-05-02', 14)).toBe('before');
    expect(dueReminderKind({ state: 'not_started', deadline: '2013-05-16' }, '2013-05-14', 1)).toBeNull();
  });
});

describe('reminder keys and retries', () => {
  it('names each reminder by kind, task, deadline and person', () => {
    expect(taskReminderKey('before', 12, '2013-05-16', 3)).toBe('before:task-12:2013-05-16:user-3');
    expect(taskReminderKey('before', 12, '2013-05-20', 3)).not.toBe(taskReminderKey('before', 12, '2013-05-16', 3));
    expect(digestKey('2013-W19', 4)).toBe('digest:2013-W19:user-4');
  });
  it.each([
    [1, 15],
    [2, 30],
    [3, 60],
    [7, 960],
    [8, 1440],
    [20, 1440],
  ])('waits after attempt %i: %i minutes', (attempts, minutes) => {
    expect(retryDelayMinutes(attempts)).toBe(minutes);
  });
});
