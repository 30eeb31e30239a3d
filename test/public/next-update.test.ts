// When an indicator's next figure is due.
import { describe, expect, it } from 'vitest';
import { nextUpdateOf } from '../../src/domain/next-update.js';

const base = { frequency: 'yearly' as const, lastUpdate: '2013-01-15', expected: null, policyEnded: false };

describe('the next update of an indicator', () => {
  it('counts on from the last update by the indicator rhythm, across the year end', () => {
    expect(nextUpdateOf(base)).toEqual({ kind: 'due', month: '2014-01' });
    expect(nextUpdateOf({ ...base, frequency: 'quarterly', lastUpdate: '2013-11-30' })).toEqual({ kind: 'due', month: '2014-02' });
    expect(nextUpdateOf({ ...base, frequency: 'monthly', lastUpdate: '2013-12-01' })).toEqual({ kind: 'due', month: '2014-01' });
  });

  it('prefers what was recorded when the figure went missing, and says when there is no plan', () => {
    const expected = { da: '1. kvartal 2013', en: 'First quarter of 2013' };
    expect(nextUpdateOf({ ...base, expected })).toEqual({ kind: 'expected', expected });
    expect(nextUpdateOf({ ...base, frequency: 'irregular' })).toEqual({ kind: 'irregular' });
    expect(nextUpdateOf({ ...base, lastUpdate: null })).toEqual({ kind: 'unknown' });
    expect(nextUpdateOf({ ...base, expected, policyEnded: true })).toEqual({ kind: 'ended' });
  });
});
