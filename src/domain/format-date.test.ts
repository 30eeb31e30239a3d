import { describe, expect, it } from 'vitest';
import { formatLongDate, formatMoment, formatMonth } from './format-date.js';

describe('dates the reader’s way', () => {
  it('writes a day in full in both languages and leaves other text alone', () => {
    expect(formatLongDate('2013-05-16', 'da')).toBe('16. maj 2013');
    expect(formatLongDate('2013-05-16', 'en')).toBe('16 May 2013');
    expect(formatLongDate('2013', 'da')).toBe('2013');
    expect(formatLongDate('2013-13-45', 'en')).toBe('2013-13-45');
  });

  it('writes a month, and a moment in Copenhagen time', () => {
    expect(formatMonth('2014-01', 'da')).toBe('januar 2014');
    expect(formatMonth('2014-01', 'en')).toBe('January 2014');
    // 23:30 UTC on 31 December is already the new year in Copenhagen.
    expect(formatMoment('2012-12-31T23:30:00Z', 'en')).toMatch(/^1 Jan 2013, 00:30$/);
    expect(formatMoment('not a moment', 'da')).toBe('not a moment');
  });
});
