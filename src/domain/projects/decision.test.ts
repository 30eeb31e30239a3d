import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { effectiveEndDate, isAwaitingDecision, latestDecision } from './decision.js';
import type { Decision } from './decision.js';
import { projectStatusOn } from './project-status.js';
import type { ProjectStatus } from './project-status.js';

const period = { startOn: '2011-01-01', endOn: '2012-12-31' };
const anchor: Decision = { kind: 'anchor', decidedOn: '2012-11-15', extendedUntil: null };
const end: Decision = { kind: 'end', decidedOn: '2013-01-20', extendedUntil: null };
const extend: Decision = { kind: 'extend', decidedOn: '2012-12-01', extendedUntil: '2013-06-30' };

describe('the end-of-period decision', () => {
  const cases: { today: string; decisions: Decision[]; awaiting: boolean; status: ProjectStatus }[] = [
    { today: '2010-12-31', decisions: [], awaiting: false, status: 'planned' },
    { today: '2011-01-01', decisions: [], awaiting: false, status: 'running' },
    { today: '2012-12-31', decisions: [], awaiting: false, status: 'running' },
    { today: '2013-01-01', decisions: [], awaiting: true, status: 'awaiting_decision' },
    { today: '2013-01-01', decisions: [anchor], awaiting: false, status: 'anchored' },
    { today: '2013-02-01', decisions: [end], awaiting: false, status: 'ended' },
    { today: '2013-03-01', decisions: [extend], awaiting: false, status: 'running' },
    { today: '2013-06-30', decisions: [extend], awaiting: false, status: 'running' },
    { today: '2013-07-01', decisions: [extend], awaiting: true, status: 'awaiting_decision' },
    { today: '2013-07-01', decisions: [extend, { ...end, decidedOn: '2013-06-20' }], awaiting: false, status: 'ended' },
    // An early decision to anchor, later reopened by an extension, waits again.
    { today: '2013-07-01', decisions: [anchor, extend], awaiting: true, status: 'awaiting_decision' },
  ];
  it.each(cases)('on $today with $decisions.length decision(s): awaiting $awaiting, $status', ({ today, decisions, awaiting, status }) => {
    expect(isAwaitingDecision(period, decisions, today)).toBe(awaiting);
    expect(projectStatusOn(period, decisions, today)).toBe(status);
  });

  it('takes the later of two decisions made the same day in the order given', () => {
    const first: Decision = { kind: 'extend', decidedOn: '2013-01-05', extendedUntil: '2013-12-31' };
    const second: Decision = { kind: 'end', decidedOn: '2013-01-05', extendedUntil: null };
    expect(latestDecision([first, second])).toBe(second);
  });

  it('never shortens the period with an extension', () => {
    expect(effectiveEndDate(period, [{ kind: 'extend', decidedOn: '2012-01-01', extendedUntil: '2012-06-30' }])).toBe('2012-12-31');
  });
});

describe('decision properties', () => {
  const day = fc.date({ min: new Date('2010-01-01'), max: new Date('2016-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
  const decision = fc
    .record({
      kind: fc.constantFrom<Decision['kind']>('anchor', 'extend', 'end'),
      decidedOn: day,
      extendedUntil: day,
    })
    .map((d): Decision => (d.kind === 'extend' ? d : { ...d, extendedUntil: null }));

  it('a project waits for a decision exactly when its public status says so, and never before its period is over', () => {
    fc.assert(
      fc.property(fc.array(decision, { maxLength: 4 }), day, (decisions, today) => {
        const awaiting = isAwaitingDecision(period, decisions, today);
        expect(awaiting).toBe(projectStatusOn(period, decisions, today) === 'awaiting_decision');
        if (today <= period.endOn) expect(awaiting).toBe(false);
      }),
    );
  });
});
