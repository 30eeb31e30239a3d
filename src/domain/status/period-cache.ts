// Period labels repeat across every series of every indicator (the same ten
// years, over and over), and parsing one runs several regular expressions.
// Remembering the parsed labels keeps the engine's hot path cheap. The cache
// only ever holds what parsePeriod would return, so it changes no answer.

import { parsePeriod, type Period } from '../period.js';

const MAX_ENTRIES = 10_000;
const parsed = new Map<string, Period | null>();
/** Plain four-digit years, by year: most labels are these, and reading four digits beats hashing a string. */
const years: (Period | undefined)[] = new Array<Period | undefined>(10_000).fill(undefined);

function parseAndRemember(label: string): Period | null {
  const known = parsed.get(label);
  if (known !== undefined) return known;
  const period = parsePeriod(label);
  // A flood of distinct labels (a bad import) must not grow memory for ever.
  if (parsed.size >= MAX_ENTRIES) parsed.clear();
  parsed.set(label, period);
  return period;
}

/** parsePeriod, remembered; null for anything that is not a period label. */
export function parsePeriodCached(label: unknown): Period | null {
  if (typeof label !== 'string') return null;
  if (label.length === 4) {
    const d0 = label.charCodeAt(0) - 48;
    const d1 = label.charCodeAt(1) - 48;
    const d2 = label.charCodeAt(2) - 48;
    const d3 = label.charCodeAt(3) - 48;
    if (d0 >= 0 && d0 <= 9 && d1 >= 0 && d1 <= 9 && d2 >= 0 && d2 <= 9 && d3 >= 0 && d3 <= 9) {
      const year = d0 * 1000 + d1 * 100 + d2 * 10 + d3;
      return (years[year] ??= parsePeriod(label)!);
    }
  }
  return parseAndRemember(label);
}
