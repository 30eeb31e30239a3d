// Roll-ups to goal, focus area, committee and policy.
import { describe, expect, it } from 'vitest';
import { computeIndicatorStatus } from './compute-indicator-status.js';
import { rollUpStatuses, type RollUpItem } from './rollup.js';
import type { StatusColour } from './types.js';

const items = (...colours: StatusColour[]): RollUpItem[] => colours.map((colour, i) => ({ id: `i${i}`, colour }));

describe('rollUpStatuses: a real majority of the judged items', () => {
  it.each<[StatusColour[], StatusColour]>([
    [['green', 'green', 'red'], 'green'],
    [['green', 'red', 'red'], 'red'],
    [['green', 'red'], 'yellow'],
    [['yellow', 'yellow'], 'yellow'],
    [['green', 'yellow', 'yellow'], 'yellow'],
    [['green', 'green', 'yellow'], 'green'],
    [['green', 'grey', 'grey'], 'green'],
    [['orange', 'orange', 'red'], 'yellow'],
    [['orange', 'red', 'red'], 'red'],
    [['orange', 'green'], 'yellow'],
    [['grey', 'grey'], 'grey'],
    [[], 'grey'],
  ])('%j → %s', (colours, expected) => {
    const rollUp = rollUpStatuses(items(...colours));
    expect(rollUp.colour).toBe(expected);
    expect(rollUp.basis).toBe(expected === 'grey' ? 'no_data' : 'majority');
  });

  it('counts the colours and the judged items', () => {
    const rollUp = rollUpStatuses(items('green', 'green', 'red', 'grey'));
    expect(rollUp.counts).toEqual({ green: 2, yellow: 0, orange: 0, red: 1, grey: 1 });
    expect(rollUp.judged).toBe(3);
  });

  it('reads seed 000 (January 2013: 5 forward, 6 unchanged, 3 back, 1 without data) as yellow and mixed', () => {
    const january2013 = items(...Array<StatusColour>(5).fill('green'), ...Array<StatusColour>(6).fill('yellow'), ...Array<StatusColour>(3).fill('red'), 'grey');
    expect(rollUpStatuses(january2013)).toMatchObject({ colour: 'yellow', verdict: 'mixed', judged: 14, basis: 'majority' });
  });
});

describe('rollUpStatuses: the words follow the counts', () => {
  it.each<[StatusColour[], string]>([
    [['yellow'], 'unchanged'],
    [['yellow', 'yellow', 'grey'], 'unchanged'],
    [['green', 'green'], 'progress'],
    [['red'], 'regress'],
    [['orange', 'orange'], 'limited'],
    [['green', 'yellow', 'yellow'], 'mixed'],
    [['green', 'green', 'yellow'], 'mixed'],
    [['grey'], 'no_data'],
  ])('%j → %s', (colours, verdict) => {
    expect(rollUpStatuses(items(...colours)).verdict).toBe(verdict);
  });

  it('gives the main indicator its own word, and the mean score the word of the counts', () => {
    expect(rollUpStatuses([{ colour: 'green' }, { colour: 'red', isMain: true }]).verdict).toBe('regress');
    const scored = rollUpStatuses([
      { colour: 'green', status: 'substantial_progress', score: 4 },
      { colour: 'green', status: 'substantial_progress', score: 3 },
    ]);
    expect(scored).toMatchObject({ basis: 'mean_score', verdict: 'progress' });
  });
});

describe('rollUpStatuses: the main indicator', () => {
  it('decides alone, whatever the others say', () => {
    const rollUp = rollUpStatuses([
      { id: 'a', colour: 'green', status: 'progress' },
      { id: 'b', colour: 'green', status: 'progress' },
      { id: 'main', colour: 'red', status: 'regress', isMain: true },
    ]);
    expect(rollUp).toMatchObject({ colour: 'red', status: 'regress', basis: 'main_indicator', decidedBy: 'main' });
  });

  it('decides even without data', () => {
    expect(
      rollUpStatuses([
        { id: 'a', colour: 'green' },
        { id: 'main', colour: 'grey', status: 'no_data', isMain: true },
      ]).colour,
    ).toBe('grey');
  });
});

describe('rollUpStatuses: opensdg scores', () => {
  it('takes the mean score when every judged item has one', () => {
    const rollUp = rollUpStatuses([
      { colour: 'green', status: 'substantial_progress', score: 4 },
      { colour: 'orange', status: 'limited_progress', score: -1 },
      { colour: 'grey', status: 'not_available' },
    ]);
    expect(rollUp).toMatchObject({ basis: 'mean_score', score: 1.5, status: 'moderate_progress', colour: 'yellow' });
  });

  it('is target achieved only when every judged item achieved it', () => {
    const achieved = { colour: 'green', status: 'target_achieved', score: 5 } as const;
    expect(rollUpStatuses([achieved, achieved]).status).toBe('target_achieved');
    expect(rollUpStatuses([achieved, { colour: 'green', status: 'substantial_progress', score: 5 }]).status).toBe('substantial_progress');
  });

  it('falls back to the colour vote when methods are mixed', () => {
    const rollUp = rollUpStatuses([
      { colour: 'red', status: 'deterioration', score: -4 },
      { colour: 'green', status: 'progress' },
      { colour: 'green', status: 'progress' },
    ]);
    expect(rollUp).toMatchObject({ basis: 'majority', colour: 'green', score: undefined });
  });
});

describe('rolling up level by level', () => {
  const judged = (values: [number, number], isMain = false) => {
    const result = computeIndicatorStatus({
      direction: 'increase',
      tolerance: 0.5,
      series: [
        {
          key: 'total',
          observations: [
            { period: '2010', value: values[0] },
            { period: '2012', value: values[1] },
          ],
        },
      ],
    });
    if (!result.ok) throw new Error('unexpected errors');
    return { ...result.judgement, isMain };
  };

  it('takes indicator judgements, and roll-ups of goals for a committee or the policy', () => {
    const education = rollUpStatuses([judged([5, 7]), judged([5, 3], true), judged([5, 8])]);
    const employment = rollUpStatuses([judged([5, 7]), judged([5, 7.2]), judged([5, 5.1])]);
    const housing = rollUpStatuses([judged([5, 4]), judged([5, 3])]);
    expect([education.colour, employment.colour, housing.colour]).toEqual(['red', 'green', 'red']);
    const committee = rollUpStatuses([employment, housing]);
    expect(committee).toMatchObject({ basis: 'majority', colour: 'yellow' });
    expect(rollUpStatuses([education, employment, housing]).colour).toBe('red');
  });
});
