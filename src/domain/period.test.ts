import { describe, expect, it } from 'vitest';
import { comparePeriods, parsePeriod, toPeriod } from './period.js';

describe('parsePeriod', () => {
  it.each([
    ['2013', 'year', '2013', 2013],
    ['2013 Q1', 'quarter', '2013 Q1', 2013],
    ['2013Q3', 'quarter', '2013 Q3', 2013.5],
    ['2013K2', 'quarter', '2013 Q2', 2013.25],
    ['2012/13', 'schoolYear', '2012/13', 2012],
    ['2012/2013', 'schoolYear', '2012/13', 2012],
    ['2012-2013', 'schoolYear', '2012/13', 2012],
    ['1999/00', 'schoolYear', '1999/00', 1999],
    ['2013-01', 'month', '2013-01', 2013],
    ['2011-12', 'month', '2011-12', 2011 + 11 / 12],
    ['2013M07', 'month', '2013-07', 2013.5],
  ])('reads %s as a %s labelled %s', (text, kind, label, time) => {
    const period = parsePeriod(text);
    expect(period).toMatchObject({ kind, label });
    expect(period!.time).toBeCloseTo(time, 12);
  });

  it.each(['', '13', '2013 Q5', '2012/14', '2013-13', '2013-00', 'year 2013', '2013-1'])('refuses "%s"', (text) => {
    expect(parsePeriod(text)).toBeNull();
  });

  it('parses every canonical label back to itself', () => {
    for (const text of ['2013', '2013 Q4', '2012/13', '1999/00', '2013-11']) expect(toPeriod(text).label).toBe(text);
  });

  it('sorts a year before its first quarter and months within quarters', () => {
    const labels = ['2002 Q2', '2002', '2001 Q4', '2002-04', '2002 Q1', '2001/02'];
    const sorted = labels
      .map(toPeriod)
      .sort(comparePeriods)
      .map((p) => p.label);
    expect(sorted).toEqual(['2001/02', '2001 Q4', '2002', '2002 Q1', '2002 Q2', '2002-04']);
  });

  it('throws a RangeError from toPeriod for text that is no period', () => {
    expect(() => toPeriod('soon')).toThrow(RangeError);
  });
});

describe('the years a period may name', () => {
  it('refuses year 0000 and years before 1000 in every spelling, and keeps the edges', () => {
    for (const text of ['0000', '0000 Q1', '0999/00', '0213-05', '0999']) expect(parsePeriod(text), text).toBeNull();
    expect(parsePeriod('1000')?.label).toBe('1000');
    expect(parsePeriod('9999 Q4')?.label).toBe('9999 Q4');
  });
});
