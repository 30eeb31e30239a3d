import { describe, expect, it } from 'vitest';
import { nextPeriodLabel, owedPeriodLabel } from './next-period.js';

describe('owedPeriodLabel', () => {
  it('owes the next period when the indicator is up to date', () => {
    expect(owedPeriodLabel('2012', ['2012', '2011', '2012 Q4'])).toBe('2013');
    expect(owedPeriodLabel('2012 Q4', ['2012', '2012 Q4'])).toBe('2013 Q1');
  });

  it('owes the newest period its peers of the same kind have, when it fell behind', () => {
    expect(owedPeriodLabel('2010', ['2012', '2010', '2013 Q1'])).toBe('2012');
    expect(owedPeriodLabel('2010/11', ['2012/13', '2013'])).toBe('2012/13');
  });

  it('owes the next period when it is one behind, and nothing for text that is no period', () => {
    expect(owedPeriodLabel('2011', ['2012'])).toBe('2012');
    expect(owedPeriodLabel('soon', ['2012'])).toBeNull();
    expect(nextPeriodLabel('2012-12')).toBe('2013-01');
  });
});
