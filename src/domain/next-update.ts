// When an indicator's next figure is due, as the indicator page says it:
// what the secretariat recorded when the figure went missing wins; otherwise
// the indicator's rhythm counted on from its last update. A policy that has
// ended gets no more figures.
// Pure: the caller passes the last update and what was recorded, so the
// rule reads no clock and no database.
import type { UpdateFrequency } from './model-vocabulary.js';
import type { Text } from './text.js';

export type NextUpdate =
  | { readonly kind: 'expected'; readonly expected: Text }
  | { readonly kind: 'due'; /** `YYYY-MM` */ readonly month: string }
  | { readonly kind: 'irregular' }
  | { readonly kind: 'ended' }
  | { readonly kind: 'unknown' };

const MONTHS_BETWEEN: Record<Exclude<UpdateFrequency, 'irregular'>, number> = { yearly: 12, quarterly: 3, monthly: 1 };

export function nextUpdateOf(input: {
  frequency: UpdateFrequency;
  /** `YYYY-MM-DD` of the last release with a figure for the indicator. */
  lastUpdate: string | null;
  /** Recorded in the policy's latest release when the indicator had no figure there. */
  expected: Text | null;
  policyEnded: boolean;
}): NextUpdate {
  if (input.policyEnded) return { kind: 'ended' };
  if (input.expected) return { kind: 'expected', expected: input.expected };
  if (input.frequency === 'irregular') return { kind: 'irregular' };
  const match = input.lastUpdate ? /^(\d{4})-(\d{2})/.exec(input.lastUpdate) : null;
  if (!match) return { kind: 'unknown' };
  const monthIndex = Number(match[1]) * 12 + (Number(match[2]) - 1) + MONTHS_BETWEEN[input.frequency];
  const year = Math.floor(monthIndex / 12);
  return { kind: 'due', month: `${year}-${String((monthIndex % 12) + 1).padStart(2, '0')}` };
}
