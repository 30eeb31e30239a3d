// The cycle's pure rules, table by table.
import { describe, expect, it } from 'vitest';
import { DEFAULT_MILESTONES, planCycleFromDefaults } from '../../src/domain/cycle/default-milestones.js';
import { addDays, dayOfYear, daysBetween, isIsoDate, isoWeek } from '../../src/domain/cycle/iso-dates.js';
import { hasContent, pickTaskFields } from '../../src/domain/cycle/task-fields.js';
import { isOverdue, nextTaskState, TASK_STATES } from '../../src/domain/cycle/task-state.js';
import type { TaskAction, TaskState } from '../../src/domain/cycle/task-state.js';

describe('task state moves', () => {
  const table: [TaskState, TaskAction, TaskState | null][] = [
    ['not_started', 'save_draft', 'in_progress'],
    ['not_started', 'submit', 'submitted'],
    ['not_started', 'approve', null],
    ['not_started', 'return', null],
    ['in_progress', 'save_draft', 'in_progress'],
    ['in_progress', 'submit', 'submitted'],
    ['in_progress', 'approve', null],
    ['in_progress', 'return', null],
    ['submitted', 'save_draft', null],
    ['submitted', 'submit', null],
    ['submitted', 'approve', 'approved'],
    ['submitted', 'return', 'returned'],
    ['approved', 'save_draft', null],
    ['approved', 'submit', null],
    ['approved', 'approve', null],
    ['approved', 'return', 'returned'],
    ['returned', 'save_draft', 'in_progress'],
    ['returned', 'submit', 'submitted'],
    ['returned', 'approve', null],
    ['returned', 'return', null],
  ];
  it.each(table)('%s + %s → %s', (state, action, expected) => {
    expect(nextTaskState(state, action)).toBe(expected);
  });
  it('covers every state and action', () => {
    expect(new Set(table.map((r) => r[0]))).toEqual(new Set(TASK_STATES));
  });
});

describe('overdue', () => {
  const table: [TaskState, string, string, boolean][] = [
    ['not_started', '2013-05-06', '2013-05-05', false],
    ['not_started', '2013-05-06', '2013-05-06', false],
    ['not_started', '2013-05-06', '2013-05-07', true],
    ['in_progress', '2013-05-06', '2013-06-01', true],
    ['returned', '2013-05-06', '2013-05-07', true],
    ['submitted', '2013-05-06', '2013-05-07', false],
    ['approved', '2013-05-06', '2014-01-01', false],
    ['not_started', '2013-12-31', '2014-01-01', true],
  ];
  it.each(table)('%s, deadline %s, today %s → %s', (state, deadline, today, expected) => {
    expect(isOverdue({ state, deadline }, today)).toBe(expected);
  });
});

describe('default milestones', () => {
  it.each([
    [2013, 'new_figures', '2013-01-15'],
    [2013, 'orientation_letter', '2013-01-31'],
    [2013, 'economic_overview', '2013-05-02'],
    [2013, 'status_statement', '2013-05-06'],
    [2013, 'action_plan', '2013-05-16'],
    [2013, 'annual_report', '2013-08-15'],
    [2013, 'budget_process', '2013-09-15'],
    [2024, 'action_plan', '2024-05-16'],
  ])('%i %s falls on %s', (year, kind, date) => {
    expect(planCycleFromDefaults(year, { committeeIds: [], administrationIds: [] }).find((m) => m.kind === kind)?.date).toBe(date);
  });

  it('gives committee tasks to committees and the figures task to administrations, deadlines set', () => {
    const plan = planCycleFromDefaults(2013, { committeeIds: [4, 2], administrationIds: [9] });
    expect(plan.map((m) => m.date)).toEqual([...plan.map((m) => m.date)].sort());
    const figures = plan.find((m) => m.kind === 'new_figures')!;
    expect(figures.tasks).toEqual([{ kind: 'figures', assignee: { kind: 'administration', id: 9 }, deadline: '2013-01-05' }]);
    const statement = plan.find((m) => m.kind === 'status_statement')!;
    expect(statement.tasks.map((t) => [t.assignee.kind, t.assignee.id, t.deadline])).toEqual([
      ['committee', 4, '2013-05-06'],
      ['committee', 2, '2013-05-06'],
    ]);
    expect(plan.find((m) => m.kind === 'annual_report')!.tasks).toEqual([]);
    expect(DEFAULT_MILESTONES.every((m) => m.titleDa && m.titleEn)).toBe(true);
  });
});

describe('dates', () => {
  it.each([
    ['2013-05-06', true],
    ['2013-02-29', false],
    ['2012-02-29', true],
    ['2013-5-6', false],
    ['', false],
  ])('isIsoDate(%s) = %s', (value, expected) => expect(isIsoDate(value)).toBe(expected));
  it.each([
    ['2013-05-06', -7, '2013-04-29'],
    ['2013-12-31', 1, '2014-01-01'],
    ['2012-02-28', 1, '2012-02-29'],
  ])('%s + %i = %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
    expect(daysBetween(date, expected)).toBe(days);
  });
  it.each([
    ['2013-01-01', '2013-W01'],
    ['2013-05-06', '2013-W19'],
    ['2012-01-01', '2011-W52'],
    ['2014-12-29', '2015-W01'],
  ])('isoWeek(%s) = %s', (date, week) => expect(isoWeek(date)).toBe(week));
  it('places days in the year', () => {
    expect(dayOfYear('2013-01-01')).toEqual({ day: 0, daysInYear: 365 });
    expect(dayOfYear('2012-12-31')).toEqual({ day: 365, daysInYear: 366 });
  });
});

describe('task fields', () => {
  it("keeps only the kind's fields, trimmed", () => {
    expect(pickTaskFields('status_statement', { challenges: ' a ', other: 'x', results: 3 })).toEqual({
      challenges: 'a',
      initiatives: '',
      results: '',
      next_steps: '',
    });
    expect(hasContent({ a: ' ', b: '' })).toBe(false);
    expect(hasContent({ a: ' ', b: 'x' })).toBe(true);
  });
});
