// The entry point: input checks reported as errors, ordering, headline
// choice, and settings inherited from the indicator or set per series.
import { describe, expect, it } from 'vitest';
import { computeIndicatorStatus } from './compute-indicator-status.js';
import type { StatusIndicatorInput, StatusInputErrorCode, StatusSeriesInput } from './types.js';

const years = (values: Record<string, number>) => Object.entries(values).map(([period, value]) => ({ period, value }));

function errorCodes(input: StatusIndicatorInput): StatusInputErrorCode[] {
  const result = computeIndicatorStatus(input);
  return result.ok ? [] : result.errors.map((error) => error.code);
}

describe('input errors are reported, never thrown', () => {
  const series = (overrides: Partial<StatusSeriesInput> = {}): StatusSeriesInput => ({
    key: 'total',
    observations: years({ 2010: 1, 2011: 2 }),
    ...overrides,
  });

  it.each<[string, StatusIndicatorInput, StatusInputErrorCode[]]>([
    [
      'an invalid period label',
      {
        direction: 'increase',
        series: [
          series({
            observations: [
              { period: '2010x', value: 1 },
              { period: '2011', value: 2 },
            ],
          }),
        ],
      },
      ['invalid_period'],
    ],
    [
      'every invalid label',
      {
        direction: 'increase',
        series: [
          series({
            observations: [
              { period: 'x', value: 1 },
              { period: '13/14', value: 2 },
            ],
          }),
        ],
      },
      ['invalid_period', 'invalid_period'],
    ],
    ['a value that is not a number', { direction: 'increase', series: [series({ observations: [{ period: '2010', value: Number.NaN }] })] }, ['invalid_value']],
    [
      'a period twice',
      { direction: 'increase', series: [series({ observations: years({ 2011: 1, 2010: 2 }).concat({ period: '2011', value: 3 }) })] },
      ['duplicate_period'],
    ],
    [
      'years mixed with quarters',
      {
        direction: 'increase',
        series: [
          series({
            observations: [
              { period: '2010', value: 1 },
              { period: '2011 Q1', value: 2 },
            ],
          }),
        ],
      },
      ['mixed_period_kinds'],
    ],
    ['no direction anywhere', { series: [series()] }, ['missing_direction']],
    ['an unknown direction', { direction: 'up' as never, series: [series()] }, ['invalid_setting']],
    ['a negative tolerance', { direction: 'increase', tolerance: -1, series: [series()] }, ['invalid_setting']],
    ['a fractional precision', { direction: 'increase', precision: 1.5, series: [series()] }, ['invalid_setting']],
    ['an invalid baseline period', { direction: 'increase', baselinePeriod: 'start', series: [series()] }, ['invalid_period']],
    ['an invalid target period', { direction: 'increase', target: { value: 1, period: 'soon' }, series: [series()] }, ['invalid_period']],
    ['a target that is not a number', { direction: 'increase', target: { value: Infinity }, series: [series()] }, ['invalid_setting']],
    ['an unknown method', { method: 'guess' as never, direction: 'increase', series: [series()] }, ['invalid_setting']],
    ['no series', { direction: 'increase', series: [] }, ['no_series']],
    ['a series key twice', { direction: 'increase', series: [series(), series()] }, ['duplicate_series']],
    ['an unknown headline', { direction: 'increase', headlineKey: 'gap', series: [series()] }, ['unknown_headline']],
  ])('%s', (_name, input, codes) => {
    expect(errorCodes(input)).toEqual(codes);
  });

  it('names the series an error concerns', () => {
    const result = computeIndicatorStatus({
      series: [
        { key: 'women', direction: 'increase', observations: [{ period: '2010', value: 1 }] },
        { key: 'men', observations: [] },
      ],
    });
    expect(result).toEqual({
      ok: false,
      errors: [{ code: 'missing_direction', seriesKey: 'men', message: 'direction is required (increase or decrease)' }],
    });
  });

  it('survives labels that are not even strings', () => {
    expect(errorCodes({ direction: 'increase', series: [series({ observations: [{ period: 2010 as never, value: 1 }] })] })).toEqual(['invalid_period']);
  });
});

describe('observations in any order', () => {
  it('sorts them before picking baseline, previous and latest', () => {
    const result = computeIndicatorStatus({
      direction: 'increase',
      baselinePeriod: '2010',
      series: [{ key: 'total', observations: years({ 2012: 74, 2009: 60, 2011: 73.5, 2010: 71.2 }) }],
    });
    if (!result.ok) throw new Error('unexpected errors');
    expect(result.judgement.series[0]).toMatchObject({
      baseline: { period: '2010', value: 71.2 },
      previous: { period: '2011', value: 73.5 },
      latest: { period: '2012', value: 74 },
      status: 'progress',
    });
  });
});

describe('headline and settings', () => {
  const indicator: StatusIndicatorInput = {
    method: 'direction',
    direction: 'decrease',
    tolerance: 0.5,
    precision: 1,
    unit: '%',
    series: [
      { key: 'focus', observations: years({ 2010: 12, 2012: 10 }) },
      { key: 'reference', observations: years({ 2010: 6, 2012: 6.2 }) },
      { key: 'gap', observations: years({ 2010: 6, 2012: 3.8 }), target: { value: 0, period: '2014' } },
    ],
  };

  it('takes the first series as headline by default', () => {
    const result = computeIndicatorStatus(indicator);
    if (!result.ok) throw new Error('unexpected errors');
    expect(result.judgement).toMatchObject({ headlineKey: 'focus', status: 'progress', colour: 'green', score: undefined });
    expect(result.judgement.series.map((s) => s.status)).toEqual(['progress', 'unchanged', 'progress']);
  });

  it('takes the named headline', () => {
    const result = computeIndicatorStatus({ ...indicator, headlineKey: 'reference' });
    if (!result.ok) throw new Error('unexpected errors');
    expect(result.judgement).toMatchObject({ headlineKey: 'reference', status: 'unchanged', colour: 'yellow' });
  });

  it('lets a series override the indicator, and null remove a target', () => {
    const result = computeIndicatorStatus({
      ...indicator,
      target: { value: 11 },
      series: [
        { key: 'a', observations: years({ 2010: 12, 2012: 10 }) },
        { key: 'b', target: null, observations: years({ 2010: 12, 2012: 10 }) },
        { key: 'c', direction: 'increase', tolerance: 3, observations: years({ 2010: 12, 2012: 10 }) },
      ],
    });
    if (!result.ok) throw new Error('unexpected errors');
    expect(result.judgement.series.map((s) => s.status)).toEqual(['target_reached', 'progress', 'unchanged']);
    expect(result.judgement.series[2]).toMatchObject({ direction: 'increase', tolerance: 3, precision: 1 });
  });

  it('carries the unit and the numbers used', () => {
    const result = computeIndicatorStatus({ ...indicator, headlineKey: 'gap' });
    if (!result.ok) throw new Error('unexpected errors');
    expect(result.judgement.unit).toBe('%');
    expect(result.judgement.series[2]).toMatchObject({
      method: 'direction',
      target: { value: 0, period: '2014' },
      tolerance: 0.5,
      precision: 1,
      sinceBaseline: { change: -2.2, status: 'progress' },
    });
  });
});

describe('errors in settings shared by several series', () => {
  it('are reported once', () => {
    const result = computeIndicatorStatus({
      tolerance: -1,
      direction: 'increase',
      series: [
        { key: 'a', observations: [] },
        { key: 'b', observations: [] },
      ],
    });
    expect(result.ok ? [] : result.errors).toEqual([{ code: 'invalid_setting', seriesKey: 'a', message: 'tolerance must be a number ≥ 0' }]);
  });
});
