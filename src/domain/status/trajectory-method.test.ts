// Method `trajectory`: on the straight path from baseline to target, or not.
import { describe, expect, it } from 'vitest';
import { computeIndicatorStatus } from './compute-indicator-status.js';
import type { SeriesJudgement } from './judgement.js';
import type { JudgementSettings, Observation } from './types.js';
import { expectedOnPath } from './trajectory-method.js';

function figures(values: Record<string, number>): Observation[] {
  return Object.entries(values).map(([period, value]) => ({ period, value }));
}

function judge(settings: JudgementSettings, observations: Observation[]): SeriesJudgement {
  const result = computeIndicatorStatus({ method: 'trajectory', ...settings, series: [{ key: 'total', observations }] });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.judgement.series[0]!;
}

describe('trajectory: the expected path', () => {
  it('runs straight from baseline to target', () => {
    expect(expectedOnPath(71.2, 2010, 80, 2015, 2012)).toBeCloseTo(74.72, 12);
    expect(expectedOnPath(71.2, 2010, 80, 2015, 2010)).toBe(71.2);
    expect(expectedOnPath(71.2, 2010, 80, 2015, 2015)).toBe(80);
  });

  it('expects the target itself when the target period is not after the baseline', () => {
    expect(expectedOnPath(71.2, 2010, 80, 2010, 2012)).toBe(80);
    expect(expectedOnPath(71.2, 2010, 80, 2008, 2012)).toBe(80);
  });
});

describe('trajectory: status against the path (e(2012) = 74.72 rising, 25.28 falling)', () => {
  const rising: JudgementSettings = { direction: 'increase', tolerance: 0.5, target: { value: 80, period: '2015' } };
  const falling: JudgementSettings = { direction: 'decrease', tolerance: 0.5, target: { value: 20, period: '2015' } };

  it.each<[string, number, number, string, string]>([
    ['ahead of the path', 75, 25, 'on_course', 'green'],
    ['behind the path, within τ', 74.3, 25.7, 'on_course', 'green'],
    ['behind the path by exactly τ', 74.22, 25.78, 'on_course', 'green'],
    ['better than the baseline, but behind the path', 74.0, 26.0, 'too_slow', 'yellow'],
    ['better than the baseline by no more than τ', 71.7, 28.3, 'off_course', 'red'],
    ['worse than the baseline', 70, 30, 'off_course', 'red'],
    ['at the target', 80, 20, 'target_reached', 'green'],
    ['beyond the target', 81, 19, 'target_reached', 'green'],
  ])('%s', (_name, risingValue, fallingValue, status, colour) => {
    const up = judge(rising, figures({ 2010: 71.2, 2012: risingValue }));
    const down = judge(falling, figures({ 2010: 28.8, 2012: fallingValue }));
    for (const series of [up, down]) {
      expect(series.status).toBe(status);
      expect(series.colour).toBe(colour);
      expect(series.method).toBe('trajectory');
    }
    if (status !== 'target_reached') {
      expect(up.expected).toBeCloseTo(74.72, 9);
      expect(down.expected).toBeCloseTo(25.28, 9);
    }
  });

  it('reports no data without figures or with only the baseline', () => {
    expect(judge(rising, []).status).toBe('no_data');
    expect(judge(rising, figures({ 2010: 71.2 })).status).toBe('no_data');
    expect(judge({ ...rising, baselinePeriod: '2013' }, figures({ 2010: 71.2, 2012: 75 })).status).toBe('no_data');
  });

  it('uses the first later figure when the baseline period has none', () => {
    const series = judge({ ...rising, baselinePeriod: '2009' }, figures({ 2010: 71.2, 2012: 75 }));
    expect(series.baseline?.period).toBe('2010');
    expect(series.status).toBe('on_course');
  });

  it('follows quarters', () => {
    // Path from 10 (2012 Q1) to 6 (2014 Q1): 8 expected in 2013 Q1.
    const settings: JudgementSettings = { direction: 'decrease', target: { value: 6, period: '2014 Q1' } };
    const values = figures({ '2012 Q1': 10, '2012 Q3': 9, '2013 Q1': 8.2 });
    expect(judge({ ...settings, tolerance: 0 }, values)).toMatchObject({ status: 'too_slow' });
    expect(judge({ ...settings, tolerance: 0.2 }, values)).toMatchObject({ status: 'on_course' });
    expect(judge(settings, values).expected).toBeCloseTo(8, 12);
  });

  it('judges against the target once the target period is not after the baseline', () => {
    const settings: JudgementSettings = { direction: 'increase', tolerance: 0.5, target: { value: 80, period: '2010' } };
    expect(judge(settings, figures({ 2010: 71.2, 2012: 79.6 })).status).toBe('on_course');
    expect(judge(settings, figures({ 2010: 71.2, 2012: 79 })).status).toBe('too_slow');
  });
});

describe('trajectory: without a target', () => {
  it('falls back to direction and says so', () => {
    const series = judge({ direction: 'increase', tolerance: 0.5, precision: 1 }, figures({ 2010: 71.2, 2012: 74 }));
    expect(series).toMatchObject({ method: 'direction', fallback: 'no_target', status: 'progress', colour: 'green' });
    expect(series.expected).toBeUndefined();
  });

  it('refuses a target without the period it is due', () => {
    const result = computeIndicatorStatus({
      method: 'trajectory',
      direction: 'increase',
      target: { value: 80 },
      series: [{ key: 'total', observations: figures({ 2010: 71.2 }) }],
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]!.code).toBe('invalid_setting');
  });
});
