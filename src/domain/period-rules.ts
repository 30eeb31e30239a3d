// Which kinds of period an indicator takes, from how often it is measured:
// a yearly indicator takes calendar or school years, a quarterly one
// quarters, a monthly one months; an irregular one takes any. A quarter in a
// yearly indicator's file is almost always a wrong column or a wrong file.
import type { UpdateFrequency } from './model-vocabulary.js';
import type { PeriodKind } from './period.js';

const KINDS: Record<UpdateFrequency, readonly PeriodKind[] | null> = {
  yearly: ['year', 'schoolYear'],
  quarterly: ['quarter'],
  monthly: ['month'],
  irregular: null,
};

const KIND_NAMES: Record<PeriodKind, string> = {
  year: 'a year',
  schoolYear: 'a school year',
  quarter: 'a quarter',
  month: 'a month',
};

export function isPeriodKindAllowed(frequency: UpdateFrequency, kind: PeriodKind): boolean {
  const allowed = KINDS[frequency];
  return allowed === null || allowed.includes(kind);
}

export function describePeriodKind(kind: PeriodKind): string {
  return KIND_NAMES[kind];
}

/** The frequency that the periods of an indicator's figures show: irregular when they mix. */
export function frequencyOfKinds(kinds: ReadonlySet<PeriodKind>): UpdateFrequency {
  const matching = (Object.keys(KINDS) as UpdateFrequency[]).filter((f) => {
    const allowed = KINDS[f];
    return allowed !== null && [...kinds].every((k) => allowed.includes(k));
  });
  return kinds.size > 0 && matching.length > 0 ? matching[0]! : 'irregular';
}
