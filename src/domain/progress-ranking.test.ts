import { describe, expect, it } from 'vitest';
import { findClearestProgress, rankAreasByProgress } from './progress-ranking.js';

describe('rankAreasByProgress', () => {
  it('orders by the balance of green over red among judged indicators', () => {
    const ranked = rankAreasByProgress([
      { id: 1, colours: ['green', 'yellow', 'red'] },
      { id: 2, colours: ['green', 'yellow', 'grey'] },
      { id: 3, colours: ['green', 'green', 'green', 'yellow', 'yellow'] },
      { id: 4, colours: ['yellow', 'red', 'red'] },
    ]);
    expect(ranked.map((a) => a.id)).toEqual([3, 2, 1, 4]);
    expect(ranked[0]).toMatchObject({ judged: 5, green: 3, red: 0, balance: 0.6 });
    expect(ranked[1]!.balance).toBe(0.5);
  });

  it('breaks ties by the number of green indicators, then by input order', () => {
    const ranked = rankAreasByProgress([
      { id: 'a', colours: ['green', 'yellow'] },
      { id: 'b', colours: ['green', 'green', 'yellow', 'yellow'] },
      { id: 'c', colours: ['green', 'yellow'] },
    ]);
    expect(ranked.map((a) => a.id)).toEqual(['b', 'a', 'c']);
  });

  it('gives areas without judged indicators a balance of zero', () => {
    expect(rankAreasByProgress([{ id: 1, colours: ['grey'] }])[0]).toMatchObject({ judged: 0, balance: 0 });
  });
});

describe('findClearestProgress', () => {
  it('names the leading area only when its balance is positive', () => {
    expect(
      findClearestProgress([
        { id: 1, colours: ['yellow'] },
        { id: 2, colours: ['red', 'green'] },
      ]),
    ).toBeUndefined();
    expect(
      findClearestProgress([
        { id: 1, colours: ['yellow'] },
        { id: 2, colours: ['green'] },
      ])?.id,
    ).toBe(2);
    expect(findClearestProgress([])).toBeUndefined();
  });
});
