import { describe, expect, it } from 'vitest';
import { computeIndicatorStatus } from './compute-indicator-status.js';
import { gapSeries } from './gap-series.js';

describe('gapSeries', () => {
  it('subtracts the reference from the focus group, period by period', () => {
    const focus = [
      { period: '2012', value: 14 },
      { period: '2010', value: 16.5 },
      { period: '2011', value: 15 },
    ];
    const reference = [
      { period: '2010', value: 6 },
      { period: '2012', value: 6.5 },
      { period: '2011', value: 6 },
    ];
    expect(gapSeries(focus, reference)).toEqual([
      { period: '2012', value: 7.5 },
      { period: '2010', value: 10.5 },
      { period: '2011', value: 9 },
    ]);
  });

  it('leaves out periods only one group has', () => {
    const gap = gapSeries(
      [
        { period: '2010', value: 5 },
        { period: '2011', value: 4 },
      ],
      [
        { period: '2011', value: 1 },
        { period: '2012', value: 1 },
      ],
    );
    expect(gap).toEqual([{ period: '2011', value: 3 }]);
  });

  it('pairs the same period however it is spelled', () => {
    const gap = gapSeries(
      [
        { period: '2013K1', value: 9 },
        { period: '2012/13', value: 7 },
      ],
      [
        { period: '2013 Q1', value: 4 },
        { period: '2012/2013', value: 2 },
      ],
    );
    expect(gap).toEqual([
      { period: '2013K1', value: 5 },
      { period: '2012/13', value: 5 },
    ]);
  });

  it('passes labels that are not periods through, so judging reports them', () => {
    const gap = gapSeries([{ period: 'next year', value: 3 }], [{ period: 'next year', value: 1 }]);
    expect(gap).toEqual([{ period: 'next year', value: 2 }]);
    const result = computeIndicatorStatus({ direction: 'decrease', series: [{ key: 'gap', observations: gap }] });
    expect(result.ok).toBe(false);
  });
});
