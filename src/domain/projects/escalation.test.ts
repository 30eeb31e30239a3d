import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { currentEscalation, escalationHistory } from './escalation.js';
import type { EscalationLevel } from './escalation.js';
import type { MonitoringRating, MonitoringReport } from './monitoring.js';
import { parseQuarter, quarterIndex } from './quarter.js';

const Q = (label: string) => quarterIndex(parseQuarter(label)!);

/** Reports for consecutive quarters from 2012 Q1 on. */
function quarterly(ratings: readonly MonitoringRating[]): MonitoringReport[] {
  return ratings.map((rating, i) => ({ quarterIndex: Q('2012 Q1') + i, rating, followUpOn: null }));
}

describe('the escalation ladder, quarter by quarter', () => {
  const cases: { name: string; ratings: MonitoringRating[]; levels: EscalationLevel[] }[] = [
    { name: 'green stays quiet', ratings: ['green', 'green'], levels: ['none', 'none'] },
    {
      name: 'yellow asks the pool holder to contact the project',
      ratings: ['green', 'yellow', 'yellow'],
      levels: ['none', 'contact_project', 'contact_project'],
    },
    { name: 'red once asks for an action plan', ratings: ['green', 'red'], levels: ['none', 'action_plan_required'] },
    {
      name: 'red twice in a row flags the committee, until a green',
      ratings: ['yellow', 'red', 'red', 'red', 'green'],
      levels: ['contact_project', 'action_plan_required', 'committee_letter', 'committee_letter', 'none'],
    },
    {
      name: 'a yellow between two reds breaks the row',
      ratings: ['red', 'yellow', 'red'],
      levels: ['action_plan_required', 'contact_project', 'action_plan_required'],
    },
    {
      name: 'a green between two reds breaks the row',
      ratings: ['red', 'green', 'red', 'red'],
      levels: ['action_plan_required', 'none', 'action_plan_required', 'committee_letter'],
    },
    { name: 'red from the first quarter on', ratings: ['red', 'red'], levels: ['action_plan_required', 'committee_letter'] },
  ];
  it.each(cases)('$name', ({ ratings, levels }) => {
    expect(escalationHistory(quarterly(ratings)).map((e) => e.level)).toEqual(levels);
    expect(currentEscalation(quarterly(ratings)).level).toBe(levels.at(-1));
  });

  it('has nothing to say without reports', () => {
    expect(currentEscalation([])).toEqual({ level: 'none', quarterIndex: null, consecutiveReds: 0, isOpen: false });
  });

  it('counts successive reports as a row even when a quarter has no report', () => {
    const reports: MonitoringReport[] = [
      { quarterIndex: Q('2012 Q1'), rating: 'red', followUpOn: null },
      { quarterIndex: Q('2012 Q3'), rating: 'red', followUpOn: null },
    ];
    expect(currentEscalation(reports)).toMatchObject({ level: 'committee_letter', quarterIndex: Q('2012 Q3'), consecutiveReds: 2 });
  });

  it('orders reports by quarter, not by the order they were entered', () => {
    const reports: MonitoringReport[] = [
      { quarterIndex: Q('2013 Q1'), rating: 'green', followUpOn: null },
      { quarterIndex: Q('2012 Q4'), rating: 'red', followUpOn: null },
    ];
    expect(currentEscalation(reports).level).toBe('none');
  });

  it('closes a flag when its step is recorded, and a new red opens the next one', () => {
    const handled: MonitoringReport = { quarterIndex: Q('2012 Q2'), rating: 'red', followUpOn: '2012-07-10' };
    expect(currentEscalation([handled])).toMatchObject({ level: 'action_plan_required', isOpen: false });
    const next: MonitoringReport = { quarterIndex: Q('2012 Q3'), rating: 'red', followUpOn: null };
    expect(currentEscalation([handled, next])).toMatchObject({ level: 'committee_letter', isOpen: true });
  });
});

describe('escalation properties', () => {
  const ratings = fc.array(fc.constantFrom<MonitoringRating>('green', 'yellow', 'red'), { minLength: 1, maxLength: 16 });

  it('the level depends only on the last two reports', () => {
    fc.assert(
      fc.property(ratings, ratings, (history, recent) => {
        const tail = recent.slice(-2);
        const withHistory = currentEscalation(quarterly([...history, ...tail])).level;
        const last = tail.at(-1)!;
        const before = tail.length === 2 ? tail[0] : history.at(-1);
        const expected: EscalationLevel =
          last === 'green' ? 'none' : last === 'yellow' ? 'contact_project' : before === 'red' ? 'committee_letter' : 'action_plan_required';
        expect(withHistory).toBe(expected);
      }),
    );
  });

  it('a green report always clears the ladder, and the committee is flagged only after two reds', () => {
    fc.assert(
      fc.property(ratings, (history) => {
        expect(currentEscalation(quarterly([...history, 'green'])).level).toBe('none');
        const levels = escalationHistory(quarterly(history));
        levels.forEach((escalation, i) => {
          expect(escalation.level === 'committee_letter').toBe(history[i] === 'red' && history[i - 1] === 'red');
        });
      }),
    );
  });
});
