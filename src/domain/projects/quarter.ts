// Quarters, the rhythm of project monitoring. A quarter has a label people
// read (`2012 Q3`) and an index that orders quarters and counts the distance
// between them (year × 4 + quarter − 1).
import { parsePeriod } from '../period.js';

export interface Quarter {
  readonly year: number;
  readonly quarter: 1 | 2 | 3 | 4;
}

/** Reads `2012 Q3`, `2012Q3`, `2012-Q3` or `2012K3`; null for anything else. */
export function parseQuarter(text: string): Quarter | null {
  const period = parsePeriod(text);
  if (!period || period.kind !== 'quarter') return null;
  const [year, q] = period.label.split(' Q').map(Number) as [number, number];
  return { year, quarter: q as Quarter['quarter'] };
}

export function quarterIndex(q: Quarter): number {
  return q.year * 4 + q.quarter - 1;
}

export function quarterLabel(q: Quarter): string {
  return `${q.year} Q${q.quarter}`;
}

/** The quarter a `YYYY-MM-DD` date falls in. */
export function quarterOfDate(isoDate: string): Quarter {
  const year = Number(isoDate.slice(0, 4));
  const month = Number(isoDate.slice(5, 7));
  return { year, quarter: (Math.floor((month - 1) / 3) + 1) as Quarter['quarter'] };
}

export function quarterFromIndex(index: number): Quarter {
  return { year: Math.floor(index / 4), quarter: ((index % 4) + 1) as Quarter['quarter'] };
}
