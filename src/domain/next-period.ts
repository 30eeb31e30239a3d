// The period that follows a published one: the figure a data supplier owes
// next, and the rows a pre-filled template expects.
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
