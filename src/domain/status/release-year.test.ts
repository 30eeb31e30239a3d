import { describe, expect, it } from 'vitest';
import { computeReleaseCompleteness, isEarlierReleaseOfYear, releaseYear } from './completeness.js';

const january = { id: 3, publishedOn: '2013-01-15', createdAt: '2012-12-01T10:00:00Z' };
const april = { id: 4, publishedOn: '2013-04-10', createdAt: '2013-03-01T10:00:00Z' };
const lastYear = { id: 2, publishedOn: '2012-01-16', createdAt: '2011-12-01T10:00:00Z' };
const draft = { id: 5, publishedOn: null, createdAt: '2013-05-01T10:00:00Z' };

describe('a release counted with its year', () => {
  it('places a published release by its date and a draft by when it was opened', () => {
    expect([releaseYear(january), releaseYear(draft)]).toEqual(['2013', '2013']);
  });

  it("counts only the same year's published releases before it", () => {
    expect(isEarlierReleaseOfYear(january, april)).toBe(true);
    expect(isEarlierReleaseOfYear(april, january)).toBe(false);
    expect(isEarlierReleaseOfYear(lastYear, january)).toBe(false);
    expect(isEarlierReleaseOfYear(april, april)).toBe(false);
    expect(isEarlierReleaseOfYear(april, draft)).toBe(true);
    expect(isEarlierReleaseOfYear(draft, april)).toBe(false);
    expect(isEarlierReleaseOfYear({ ...april, id: 6 }, april)).toBe(false);
    expect(isEarlierReleaseOfYear(april, { ...april, id: 6 })).toBe(true);
  });

  it('counts what an earlier release delivered as delivered, never as missing', () => {
    const year = computeReleaseCompleteness(['a', 'b', 'c'], ['c'], { a: { reason: 'late' } }, ['a', 'b']);
    expect(year).toMatchObject({ withFigure: 3, total: 3, isComplete: true, missing: [] });
  });
});
