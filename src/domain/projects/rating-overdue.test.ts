import { describe, expect, it } from 'vitest';
import type { Decision } from './decision.js';
import type { MonitoringReport } from './monitoring.js';
import { parseQuarter, quarterIndex } from './quarter.js';
import { isRatingOverdue, lastRatingDueIndex } from './rating-overdue.js';

const Q = (label: string) => quarterIndex(parseQuarter(label)!);
const rated = (...labels: string[]): MonitoringReport[] => labels.map((label) => ({ quarterIndex: Q(label), rating: 'green', followUpOn: null }));
// Lektiecaféer in the demo: 2011-01-01 to 2013-06-30, last rated 2012 Q2, anchored on 2013-05-20.
const lektiecafeer = { startOn: '2011-01-01', endOn: '2013-06-30' };
const anchored: Decision[] = [{ kind: 'anchor', decidedOn: '2013-05-20', extendedUntil: null }];

describe('ratings fallen behind', () => {
  it.each([
    // One quarter's grace: on a day in Q3 the Q2 rating may still come, the Q1 rating must be there.
    { today: '2012-07-15', reports: rated('2012 Q1'), overdue: false },
    { today: '2012-07-15', reports: rated('2011 Q4'), overdue: true },
    { today: '2012-10-01', reports: rated('2012 Q2'), overdue: false },
    { today: '2012-10-01', reports: rated('2012 Q1'), overdue: true },
    { today: '2013-04-20', reports: rated('2012 Q2'), overdue: true },
    // Nothing is due before the first quarter has passed, and a start without ratings counts from the start.
    { today: '2011-03-31', reports: [], overdue: false },
    { today: '2011-04-01', reports: [], overdue: false },
    { today: '2011-07-01', reports: [], overdue: true },
  ])('on $today: $overdue', ({ today, reports, overdue }) => {
    expect(isRatingOverdue(lektiecafeer, reports, [], today)).toBe(overdue);
  });

  it('flags Lektiecaféer long after its period: the quarters it ran through were never rated', () => {
    expect(isRatingOverdue(lektiecafeer, rated('2012 Q2'), anchored, '2026-11-22')).toBe(true);
    expect(isRatingOverdue(lektiecafeer, rated('2012 Q2', '2012 Q3', '2012 Q4', '2013 Q1'), anchored, '2026-11-22')).toBe(false);
  });

  it('asks for no rating after the period ends or after a final decision', () => {
    expect(lastRatingDueIndex(lektiecafeer, [], '2026-11-22')).toBe(Q('2013 Q2'));
    expect(lastRatingDueIndex(lektiecafeer, anchored, '2026-11-22')).toBe(Q('2013 Q1'));
    const extended: Decision[] = [{ kind: 'extend', decidedOn: '2013-06-01', extendedUntil: '2014-06-30' }];
    expect(lastRatingDueIndex(lektiecafeer, extended, '2026-11-22')).toBe(Q('2014 Q2'));
    expect(isRatingOverdue(lektiecafeer, rated('2013 Q1'), extended, '2026-11-22')).toBe(true);
  });
});
