import { describe, expect, it } from 'vitest';
import { computeReleaseCompleteness } from './completeness.js';

describe('computeReleaseCompleteness', () => {
  const policy = ['employment', 'excess-unemployment', 'grades', 'leaders', 'youth-education'];

  it('counts N of M and lists the missing ones with what is known, in policy order', () => {
    const completeness = computeReleaseCompleteness(policy, new Set(['grades', 'employment', 'youth-education']), {
      leaders: { administration: 'Økonomiforvaltningen', missingSince: '2011', reason: 'survey not repeated', expected: '2013-06' },
    });
    expect(completeness).toEqual({
      withFigure: 3,
      total: 5,
      isComplete: false,
      missing: [
        {
          indicatorId: 'excess-unemployment',
          explained: false,
          administration: undefined,
          missingSince: undefined,
          reason: undefined,
          expected: undefined,
        },
        {
          indicatorId: 'leaders',
          explained: true,
          administration: 'Økonomiforvaltningen',
          missingSince: '2011',
          reason: 'survey not repeated',
          expected: '2013-06',
        },
      ],
    });
  });

  it('is complete when every indicator has a figure, and ignores figures for other indicators', () => {
    const completeness = computeReleaseCompleteness(['a', 'b'], ['b', 'a', 'z']);
    expect(completeness).toMatchObject({ withFigure: 2, total: 2, isComplete: true, missing: [] });
  });

  it('counts a repeated indicator once and accepts notes as a map', () => {
    const completeness = computeReleaseCompleteness(['a', 'b', 'a'], [], new Map([['b', { reason: 'late' }]]));
    expect(completeness.total).toBe(2);
    expect(completeness.missing.map((m) => [m.indicatorId, m.reason])).toEqual([
      ['a', undefined],
      ['b', 'late'],
    ]);
  });

  it('handles a policy without indicators', () => {
    expect(computeReleaseCompleteness([], [])).toMatchObject({ withFigure: 0, total: 0, isComplete: true });
  });

  it('does not take notes from the object prototype', () => {
    expect(computeReleaseCompleteness(['toString'], []).missing[0]!.explained).toBe(false);
  });
});
