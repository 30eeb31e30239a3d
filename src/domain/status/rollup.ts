// Rolls judgements up: indicators into a goal or focus area, goals into a
// committee, areas into the whole policy. The same function serves every
// level, because a roll-up can itself be an item of the next one.
//
// The rule (METHODS.md, "Rolling up"):
// 1. An item marked as main (the area's hovedindikator) decides alone, even
//    when it has no data: the area then shows grey, which is the truth.
// 2. When every item with data carries a score (all `opensdg`), the mean
//    score decides, mapped to a status as for one indicator.
// 3. Otherwise a real majority of the judged items (those with a status)
//    decides: green only when more than half are green, red only when more
//    than half are red, anything else yellow; no judged item is grey. Orange
//    (opensdg's limited progress: growth, but too little) is on neither side.
//    Seed 000's January 2013 (5 of 14 forward, 6 unchanged, 3 back) is
//    therefore yellow: "not much closer", as the letter says.
// Whatever decided the colour, the verdict's words follow the counts: all
// judged items alike give that word (all unchanged: "unchanged"), a mix is
// "mixed", and the counts go with every verdict.

import { colourOfStatus } from './colours.js';
import { openSdgStatusFromScore } from './opensdg-aggregate.js';
import type { StatusCode, StatusColour } from './types.js';

/** What a roll-up needs from an indicator judgement or from a lower roll-up. */
export interface RollUpItem {
  readonly id?: string;
  readonly colour: StatusColour;
  readonly status?: StatusCode | undefined;
  /** `opensdg` score in [−5, 5]; undefined for other methods. */
  readonly score?: number | undefined;
  /** The main indicator of its goal or area. */
  readonly isMain?: boolean;
}

export type RollUpBasis = 'main_indicator' | 'mean_score' | 'majority' | 'no_data';

/**
 * The word for a roll-up: what every judged item says when they agree
 * (by colour: green forward, yellow unchanged or too slow, orange limited,
 * red back), `mixed` when they do not, `no_data` when none is judged. A
 * main indicator's word is its own.
 */
export type RollUpVerdict = 'progress' | 'unchanged' | 'limited' | 'regress' | 'mixed' | 'no_data';

export interface RollUp {
  readonly colour: StatusColour;
  /** The main item's status, or the status of the mean score; undefined for a colour vote. */
  readonly status: StatusCode | undefined;
  readonly score: number | undefined;
  readonly basis: RollUpBasis;
  /** The id of the item that decided, when the main item did. */
  readonly decidedBy: string | undefined;
  /** How many items have each colour. */
  readonly counts: Readonly<Record<StatusColour, number>>;
  /** How many items have a status (every colour but grey). */
  readonly judged: number;
  readonly verdict: RollUpVerdict;
}

const VERDICT_OF_COLOUR: Record<StatusColour, RollUpVerdict> = { green: 'progress', yellow: 'unchanged', orange: 'limited', red: 'regress', grey: 'no_data' };

/** The word the counts allow: one colour among the judged items, or a mix. */
function verdictOfCounts(counts: Readonly<Record<StatusColour, number>>): RollUpVerdict {
  const present = (['green', 'yellow', 'orange', 'red'] as const).filter((colour) => counts[colour] > 0);
  if (present.length === 0) return 'no_data';
  return present.length === 1 ? VERDICT_OF_COLOUR[present[0]!] : 'mixed';
}

function countColours(items: readonly RollUpItem[]): Record<StatusColour, number> {
  const counts: Record<StatusColour, number> = { green: 0, yellow: 0, orange: 0, red: 0, grey: 0 };
  for (const item of items) counts[item.colour]++;
  return counts;
}

export function rollUpStatuses(items: readonly RollUpItem[]): RollUp {
  const counts = countColours(items);
  const withData = items.filter((item) => item.colour !== 'grey');
  const judged = withData.length;
  const main = items.find((item) => item.isMain === true);
  if (main) {
    const verdict = VERDICT_OF_COLOUR[main.colour];
    return { colour: main.colour, status: main.status, score: main.score, basis: 'main_indicator', decidedBy: main.id, counts, judged, verdict };
  }
  const verdict = verdictOfCounts(counts);
  if (judged === 0) {
    return { colour: 'grey', status: undefined, score: undefined, basis: 'no_data', decidedBy: undefined, counts, judged, verdict };
  }

  if (withData.every((item) => item.score !== undefined)) {
    let sum = 0;
    for (const item of withData) sum += item.score!;
    const score = sum / withData.length;
    const allAchieved = withData.every((item) => item.status === 'target_achieved');
    const status = openSdgStatusFromScore(score, allAchieved);
    return { colour: colourOfStatus(status), status, score, basis: 'mean_score', decidedBy: undefined, counts, judged, verdict };
  }

  const colour: StatusColour = counts.green * 2 > judged ? 'green' : counts.red * 2 > judged ? 'red' : 'yellow';
  return { colour, status: undefined, score: undefined, basis: 'majority', decidedBy: undefined, counts, judged, verdict };
}
