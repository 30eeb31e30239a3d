// Rolls judgements up: indicators into a goal or focus area, goals into a
// committee, areas into the whole policy. The same function serves every
// level, because a roll-up can itself be an item of the next one.
//
// The rule (METHODS.md, "Rolling up"):
// 1. An item marked as main (the area's hovedindikator) decides alone, even
//    when it has no data: the area then shows grey, which is the truth.
// 2. When every item with data carries a score (all `opensdg`), the mean
//    score decides, mapped to a status as for one indicator.
// 3. Otherwise the colours vote: more green than red is green, more red than
//    green is red, anything else yellow; no item with data is grey. Orange
//    (opensdg's limited progress: growth, but too little) is counted like
//    yellow, on neither side, since it is neither progress nor regress.

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
}

function countColours(items: readonly RollUpItem[]): Record<StatusColour, number> {
  const counts: Record<StatusColour, number> = { green: 0, yellow: 0, orange: 0, red: 0, grey: 0 };
  for (const item of items) counts[item.colour]++;
  return counts;
}

export function rollUpStatuses(items: readonly RollUpItem[]): RollUp {
  const counts = countColours(items);
  const main = items.find((item) => item.isMain === true);
  if (main) {
    return { colour: main.colour, status: main.status, score: main.score, basis: 'main_indicator', decidedBy: main.id, counts };
  }

  const withData = items.filter((item) => item.colour !== 'grey');
  if (withData.length === 0) {
    return { colour: 'grey', status: undefined, score: undefined, basis: 'no_data', decidedBy: undefined, counts };
  }

  if (withData.every((item) => item.score !== undefined)) {
    let sum = 0;
    for (const item of withData) sum += item.score!;
    const score = sum / withData.length;
    const allAchieved = withData.every((item) => item.status === 'target_achieved');
    const status = openSdgStatusFromScore(score, allAchieved);
    return { colour: colourOfStatus(status), status, score, basis: 'mean_score', decidedBy: undefined, counts };
  }

  const colour: StatusColour = counts.green > counts.red ? 'green' : counts.red > counts.green ? 'red' : 'yellow';
  return { colour, status: undefined, score: undefined, basis: 'majority', decidedBy: undefined, counts };
}
