// How `opensdg` averages an indicator's series, nested by group.
import { describe, expect, it } from 'vitest';
import { computeIndicatorStatus } from './compute-indicator-status.js';
import type { OpenSdgDetails } from './judgement.js';
import { aggregateOpenSdgSeries, nestedMeanScore, openSdgStatusFromScore } from './opensdg-aggregate.js';
import type { StatusSeriesInput } from './types.js';

function scored(score: number | undefined, group?: string[], targetAchieved = false) {
  return { group, opensdg: { score, targetAchieved } as OpenSdgDetails };
}

describe('nestedMeanScore', () => {
  it('is the plain mean when no series is grouped', () => {
    expect(nestedMeanScore([scored(4), scored(-1), scored(0.5)])).toBeCloseTo(3.5 / 3, 15);
  });

  it('averages within a group first, then counts the group once', () => {
    // total 4; women: (2, and women/young −4) → −1; men: (1, 3) → 2. Mean of 4, −1, 2 = 5/3 (flat mean: 1.2).
    const series = [scored(4), scored(2, ['women']), scored(-4, ['women', 'young']), scored(1, ['men']), scored(3, ['men'])];
    expect(nestedMeanScore(series)).toBeCloseTo(5 / 3, 15);
  });

  it('leaves out series without a score, and groups with none', () => {
    expect(nestedMeanScore([scored(2), scored(undefined, ['women']), scored(4, ['men'])])).toBe(3);
    expect(nestedMeanScore([scored(undefined), scored(undefined, ['g'])])).toBeUndefined();
  });

  it('nests as deep as the paths go', () => {
    // a/b/c 3 and a/b 1 → a/b = 2; a has only a/b → 2; root: 2 and −2 → 0.
    expect(nestedMeanScore([scored(3, ['a', 'b', 'c']), scored(1, ['a', 'b']), scored(-2)])).toBe(0);
  });
});

describe('the indicator status from its score', () => {
  it.each<[number | undefined, boolean, string]>([
    [5, false, 'substantial_progress'],
    [2.5, false, 'substantial_progress'],
    [2.4999, false, 'moderate_progress'],
    [0, false, 'moderate_progress'],
    [-0.0001, false, 'limited_progress'],
    [-2.5, false, 'limited_progress'],
    [-2.5001, false, 'deterioration'],
    [-5, false, 'deterioration'],
    [undefined, false, 'not_available'],
    [5, true, 'target_achieved'],
  ])('score %s (all targets achieved: %s) is %s', (score, achieved, status) => {
    expect(openSdgStatusFromScore(score, achieved)).toBe(status);
  });

  it('is target achieved only when every scored series achieved its target', () => {
    expect(aggregateOpenSdgSeries([scored(5, undefined, true), scored(5, undefined, true), scored(undefined)]).status).toBe('target_achieved');
    expect(aggregateOpenSdgSeries([scored(5, undefined, true), scored(5)]).status).toBe('substantial_progress');
    expect(aggregateOpenSdgSeries([]).status).toBe('not_available');
  });
});

describe('an opensdg indicator end to end', () => {
  const figures = (a: number, b: number) => [
    { period: '2015', value: a },
    { period: '2016', value: b },
  ];

  it('averages grouped series and keeps each series judgement', () => {
    const series: StatusSeriesInput[] = [
      // target achieved → 5
      { key: 'total', target: { value: 9, period: '2030' }, observations: figures(5, 9) },
      // the worked example → −5
      { key: 'women', group: ['sex'], direction: 'decrease', target: { value: 1, period: '2030' }, observations: figures(10, 30) },
      // the other worked example → 5
      { key: 'men', group: ['sex'], target: { value: 9, period: '2030' }, observations: figures(5, 6) },
      // one figure: not available, left out
      { key: 'unknown', group: ['sex'], observations: [{ period: '2016', value: 3 }] },
    ];
    const result = computeIndicatorStatus({ method: 'opensdg', direction: 'increase', series });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { judgement } = result;
    // sex: mean(−5, 5) = 0; indicator: mean(5, 0) = 2.5.
    expect(judgement.score).toBe(2.5);
    expect(judgement.status).toBe('substantial_progress');
    expect(judgement.colour).toBe('green');
    expect(judgement.headlineKey).toBeUndefined();
    expect(judgement.series.map((s) => s.status)).toEqual(['target_achieved', 'deterioration', 'substantial_progress', 'not_available']);
  });
});
