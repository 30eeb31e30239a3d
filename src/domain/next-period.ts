// The period that follows a published one, and the period an indicator owes:
// the figure a data supplier delivers next, and the rows a pre-filled
// template expects.
import { parsePeriod } from './period.js';

/** The label of the period after the given one, of the same kind; null for text that is no period. */
export function nextPeriodLabel(label: string): string | null {
  const period = parsePeriod(label);
  if (!period) return null;
  const year = Number(period.label.slice(0, 4));
  switch (period.kind) {
    case 'year':
      return String(year + 1);
    case 'schoolYear':
      return parsePeriod(`${year + 1}/${year + 2}`)!.label;
    case 'quarter': {
      const quarter = Number(period.label.slice(-1));
      return quarter === 4 ? `${year + 1} Q1` : `${year} Q${quarter + 1}`;
    }
    case 'month': {
      const month = Number(period.label.slice(5, 7));
      return month === 12 ? `${year + 1}-01` : `${year}-${String(month + 1).padStart(2, '0')}`;
    }
  }
}

/**
 * The period an indicator owes, given its own newest published period and
 * the newest published period of each of the policy's indicators. Normally
 * the one after its own; but an indicator that fell behind owes the newest
 * period its peers of the same kind have published (last measured 2010 while
 * the others have 2012: it owes 2012, not 2011), since that is the figure the
 * barometer lacks. Null for text that is no period.
 */
export function owedPeriodLabel(latest: string, newestOfPolicy: Iterable<string>): string | null {
  const own = parsePeriod(latest);
  const next = parsePeriod(nextPeriodLabel(latest) ?? '');
  if (!own || !next) return null;
  let owed = next;
  for (const label of newestOfPolicy) {
    const peer = parsePeriod(label);
    if (peer && peer.kind === own.kind && peer.sortKey > owed.sortKey) owed = peer;
  }
  return owed.label;
}
