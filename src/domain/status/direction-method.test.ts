// Method `direction`, rule by rule, in both directions, and its edges.
import { describe, expect, it } from 'vitest';
import { computeIndicatorStatus } from './compute-indicator-status.js';
import { gapSeries } from './gap-series.js';
import type { SeriesJudgement } from './judgement.js';
import type { Direction, JudgementSettings, Observation } from './types.js';

function figures(values: Record<string, number>): Observation[] {
  return Object.entries(values).map(([period, value]) => ({ period, value }));
}

function judge(settings: JudgementSettings, observations: Observation[]): SeriesJudgement {
  const result = computeIndicatorStatus({ method: 'direction', ...settings, series: [{ key: 'total', observations }] });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.judgement.series[0]!;
}

const flip = (direction: Direction): Direction => (direction === 'increase' ? 'decrease' : 'increase');

describe('direction: change since baseline against the tolerance', () => {
  const cases: [name: string, settings: JudgementSettings, values: Record<string, number>, increase: string, decrease: string][] = [
    ['a rise beyond τ', { precision: 1, tolerance: 0.5 }, { 2010: 71.2, 2011: 73.5, 2012: 74.0 }, 'progress', 'regress'],
    ['a fall beyond τ', { precision: 1, tolerance: 0.5 }, { 2010: 74.0, 2012: 71.2 }, 'regress', 'progress'],
    ['a rise of exactly τ', { precision: 1, tolerance: 0.5 }, { 2010: 71.2, 2012: 71.7 }, 'unchanged', 'unchanged'],
    ['a fall of exactly τ', { precision: 1, tolerance: 0.5 }, { 2010: 71.7, 2012: 71.2 }, 'unchanged', 'unchanged'],
    ['a rise just beyond τ', { precision: 1, tolerance: 0.5 }, { 2010: 71.2, 2012: 71.8 }, 'progress', 'regress'],
    ['τ reached only in binary noise (0.4 − 0.1)', { tolerance: 0.3 }, { 2010: 0.1, 2012: 0.4 }, 'unchanged', 'unchanged'],
    ['no change at τ = 0', { tolerance: 0 }, { 2010: 5, 2012: 5 }, 'unchanged', 'unchanged'],
    ['any change at τ = 0', { tolerance: 0 }, { 2010: 5, 2012: 5.01 }, 'progress', 'regress'],
    ['a rise lost in rounding', { precision: 1, tolerance: 0 }, { 2010: 10.01, 2012: 10.04 }, 'unchanged', 'unchanged'],
    ['a rise made by rounding', { precision: 1, tolerance: 0.05 }, { 2010: 10.04, 2012: 10.06 }, 'progress', 'regress'],
    ['a zero baseline', { precision: 1, tolerance: 0.5 }, { 2010: 0, 2012: 1.5 }, 'progress', 'regress'],
    ['negative values rising', { precision: 1, tolerance: 0.5 }, { 2010: -3, 2012: -1 }, 'progress', 'regress'],
    ['negative values falling', { precision: 1, tolerance: 0.5 }, { 2010: -1, 2012: -3 }, 'regress', 'progress'],
  ];

  it.each(cases)('%s', (_name, settings, values, increase, decrease) => {
    expect(judge({ ...settings, direction: 'increase' }, figures(values)).status).toBe(increase);
    expect(judge({ ...settings, direction: 'decrease' }, figures(values)).status).toBe(decrease);
  });

  it('reports the change on rounded values and colours by the baseline comparison', () => {
    const series = judge({ direction: 'increase', precision: 1, tolerance: 0.5 }, figures({ 2010: 71.24, 2011: 73.5, 2012: 74.04 }));
    expect(series.sinceBaseline).toMatchObject({ change: 2.8, status: 'progress', from: { period: '2010' }, to: { period: '2012' } });
    expect(series.sincePrevious).toMatchObject({ change: 0.5, status: 'unchanged', from: { period: '2011', value: 73.5 } });
    expect(series.colour).toBe('green');
  });

  it('gives yellow for unchanged and red for regress', () => {
    expect(judge({ direction: 'increase', tolerance: 1 }, figures({ 2010: 5, 2011: 5.5 })).colour).toBe('yellow');
    expect(judge({ direction: 'increase', tolerance: 1 }, figures({ 2010: 5, 2011: 3 })).colour).toBe('red');
  });
});

describe('direction: no data', () => {
  it.each<[string, JudgementSettings, Record<string, number>]>([
    ['no figures at all', {}, {}],
    ['one figure', {}, { 2012: 5 }],
    ['only the baseline after earlier figures', { baselinePeriod: '2012' }, { 2010: 4, 2011: 4.5, 2012: 5 }],
    ['no figure from the baseline on', { baselinePeriod: '2015' }, { 2010: 4, 2012: 5 }],
  ])('%s gives no_data and grey', (_name, settings, values) => {
    for (const direction of ['increase', 'decrease'] as const) {
      const series = judge({ ...settings, direction }, figures(values));
      expect(series.status).toBe('no_data');
      expect(series.colour).toBe('grey');
      expect(series.sinceBaseline).toBeUndefined();
    }
  });

  it('still compares with the previous figure when the baseline is the latest', () => {
    const series = judge({ direction: 'increase', baselinePeriod: '2012' }, figures({ 2011: 4, 2012: 5 }));
    expect(series.status).toBe('no_data');
    expect(series.sincePrevious?.status).toBe('progress');
  });
});

describe('direction: the baseline', () => {
  it('uses the first later figure when the baseline period has none', () => {
    const series = judge({ direction: 'increase', baselinePeriod: '2010', tolerance: 0 }, figures({ 2009: 1, 2011: 3, 2013: 4 }));
    expect(series.requestedBaselinePeriod).toBe('2010');
    expect(series.baseline).toEqual({ period: '2011', time: 2011, value: 3 });
    expect(series.sinceBaseline?.change).toBe(1);
  });

  it('uses the first figure when no baseline period is set', () => {
    const series = judge({ direction: 'increase' }, figures({ 2008: 1, 2011: 3 }));
    expect(series.baseline?.period).toBe('2008');
  });
});

describe('direction: target reached', () => {
  it.each<[Direction, number, Record<string, number>]>([
    ['increase', 74, { 2010: 71.2, 2012: 74.0 }],
    ['decrease', 5, { 2010: 8, 2012: 4.9 }],
    ['decrease', 0, { 2010: 3, 2012: 0 }],
    ['increase', -2, { 2010: -5, 2012: -2 }],
  ])('%s to %d', (direction, target, values) => {
    const series = judge({ direction, precision: 1, target: { value: target, period: '2015' } }, figures(values));
    expect(series.status).toBe('target_reached');
    expect(series.colour).toBe('green');
  });

  it('counts a target reached on the published (rounded) figure', () => {
    const series = judge({ direction: 'increase', precision: 1, target: { value: 80 } }, figures({ 2010: 70, 2012: 79.96 }));
    expect(series.status).toBe('target_reached');
  });

  it('is not reached one step short, in either direction', () => {
    expect(judge({ direction: 'increase', precision: 1, target: { value: 80 } }, figures({ 2010: 70, 2012: 79.9 })).status).toBe('progress');
    expect(judge({ direction: 'decrease', precision: 1, target: { value: 5 } }, figures({ 2010: 8, 2012: 5.1 })).status).toBe('progress');
  });

  it('is reported when the target was already reached at the baseline', () => {
    const settings: JudgementSettings = { direction: 'decrease', target: { value: 5, period: '2014' } };
    expect(judge(settings, figures({ 2010: 4 })).status).toBe('target_reached');
    expect(judge(settings, figures({ 2010: 4, 2012: 4.5 })).status).toBe('target_reached');
    expect(judge(settings, figures({ 2010: 4, 2012: 6 })).status).toBe('regress');
  });
});

describe('direction: a gap between two groups', () => {
  const focus = figures({ 2010: 12.0, 2011: 9.5, 2012: 8.0 });
  const reference = figures({ 2010: 10.0, 2011: 9.0, 2012: 9.0 });

  it('judges the gap closing, and crossing zero, as progress toward parity', () => {
    const gap = gapSeries(focus, reference);
    expect(gap.map((o) => o.value)).toEqual([2, 0.5, -1]);
    // Lower is better while the gap is positive; here it moved from +2 to −1.
    const series = judge({ direction: 'decrease', precision: 1, tolerance: 0.5 }, gap);
    expect(series.status).toBe('progress');
    expect(series.sinceBaseline?.change).toBe(-3);
  });

  it('reports parity as the target reached once the gap is at or below it', () => {
    const gap = gapSeries(focus, reference);
    expect(judge({ direction: 'decrease', precision: 1, target: { value: 0, period: '2014' } }, gap).status).toBe('target_reached');
  });
});

describe('direction: other kinds of period', () => {
  it('orders quarters and finds a missing baseline quarter', () => {
    const series = judge(
      { direction: 'decrease', baselinePeriod: '2012 Q4', tolerance: 0.2 },
      figures({ '2013 Q2': 6.1, '2012 Q3': 7.0, '2013Q1': 6.6, '2013 Q3': 6.0 }),
    );
    expect(series.baseline?.period).toBe('2013 Q1');
    expect(series.latest?.period).toBe('2013 Q3');
    expect(series.previous?.period).toBe('2013 Q2');
    expect(series.status).toBe('progress');
    expect(series.sincePrevious?.status).toBe('unchanged');
  });

  it('judges school years', () => {
    const series = judge({ direction: 'increase', baselinePeriod: '2010/11', precision: 1 }, figures({ '2010/11': 6.2, '2011/2012': 6.4, '2012-2013': 6.1 }));
    expect(series.latest?.period).toBe('2012/13');
    expect(series.status).toBe('regress');
  });

  it('judges months', () => {
    // Statistics Denmark's spelling and the canonical one mixed.
    const series = judge({ direction: 'decrease', tolerance: 10 }, figures({ '2013M01': 1200, '2013-02': 1180, '2013M03': 1150 }));
    expect(series.baseline?.period).toBe('2013-01');
    expect(series.sinceBaseline?.change).toBe(-50);
    expect(series.status).toBe('progress');
  });

  it('ignores the direction flip for a change within tolerance', () => {
    for (const direction of ['increase', 'decrease'] as const) {
      expect(judge({ direction: flip(direction), tolerance: 1 }, figures({ 2010: 3, 2011: 3.5 })).status).toBe('unchanged');
    }
  });
});
