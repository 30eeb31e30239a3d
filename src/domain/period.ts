// Periods: the time a measurement belongs to. Indicators are measured by
// calendar year, quarter, school year or month; the status methods need one
// numeric time (in years, at the start of the period) and lists need a sort
// order that works across kinds (a year sorts before its first quarter).

export type PeriodKind = 'year' | 'quarter' | 'schoolYear' | 'month';

export interface Period {
  readonly kind: PeriodKind;
  /** Canonical label: `2013`, `2013 Q1`, `2012/13`, `2013-01`. */
  readonly label: string;
  /** Start of the period in years, e.g. 2013.25 for `2013 Q2`. */
  readonly time: number;
  /** Integer that orders periods of every kind: start month, then kind. */
  readonly sortKey: number;
}

const KIND_RANK: Record<PeriodKind, number> = { year: 0, schoolYear: 1, quarter: 2, month: 3 };

function make(kind: PeriodKind, label: string, year: number, monthIndex: number): Period {
  return {
    kind,
    label,
    time: year + monthIndex / 12,
    sortKey: (year * 12 + monthIndex) * 10 + KIND_RANK[kind],
  };
}

const YEAR = /^(\d{4})$/;
// `2013 Q1`, `2013Q1`, `2013-Q1`, and Statistics Denmark's `2013K1`.
const QUARTER = /^(\d{4})\s*[-]?\s*[QqKk]([1-4])$/;
// `2012/13`, `2012/2013`, `2012-2013` (the second year must follow the first).
// A dash with two digits is a month (`2011-12` is December 2011), never a school year.
const SCHOOL_YEAR = /^(\d{4})\s*(?:\/\s*(\d{2}|\d{4})|-(\d{4}))$/;
// `2013-01`, and Statistics Denmark's `2013M01`.
const MONTH = /^(\d{4})(?:-|M)(\d{2})$/;

// The years a period may name: four digits not starting with 0. `0000` and `0213`
// are typing slips or placeholders, never periods.
const FIRST_YEAR = 1000;
const LAST_YEAR = 9999;

/** Parses a period label in any accepted spelling; null when it is not one. */
export function parsePeriod(text: string): Period | null {
  const period = parseAnyYear(text);
  return period && Math.floor(period.time) >= FIRST_YEAR && Math.floor(period.time) <= LAST_YEAR ? period : null;
}

function parseAnyYear(text: string): Period | null {
  const s = text.trim();
  let m = YEAR.exec(s);
  if (m) return make('year', m[1]!, Number(m[1]), 0);
  m = QUARTER.exec(s);
  if (m) {
    const q = Number(m[2]);
    return make('quarter', `${m[1]} Q${q}`, Number(m[1]), (q - 1) * 3);
  }
  m = SCHOOL_YEAR.exec(s);
  if (m) {
    const first = Number(m[1]);
    const given = m[2] ?? m[3]!;
    const expected = first + 1;
    // Two digits name the year within its century: 1999/00 is followed by 2000.
    const matches = given.length === 2 ? Number(given) === expected % 100 : Number(given) === expected;
    if (!matches) return null;
    // A school year is timed from the calendar year it begins in, as Open SDG
    // does, so that two school years are exactly one year apart.
    return make('schoolYear', `${first}/${String(expected % 100).padStart(2, '0')}`, first, 0);
  }
  m = MONTH.exec(s);
  if (m) {
    const month = Number(m[2]);
    if (month < 1 || month > 12) return null;
    return make('month', `${m[1]}-${m[2]}`, Number(m[1]), month - 1);
  }
  return null;
}

/** Like parsePeriod, but throws for text that is not a period. */
export function toPeriod(text: string): Period {
  const period = parsePeriod(text);
  if (!period) throw new RangeError(`Not a period: "${text}"`);
  return period;
}

export function comparePeriods(a: Period, b: Period): number {
  return a.sortKey - b.sortKey;
}
