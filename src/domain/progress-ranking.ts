// Where is progress clearest, and where does it stall? Ranks focus areas (or
// goals, or committees) by the balance of their judged indicators, so the
// front page and the letters can say "the clearest progress is in focus area
// 3" from the figures instead of from someone's impression.
import type { StatusColour } from './status/types.js';

export interface RankableArea<Id> {
  readonly id: Id;
  readonly colours: readonly StatusColour[];
}

export interface AreaProgress<Id> {
  readonly id: Id;
  readonly judged: number;
  readonly green: number;
  readonly red: number;
  /** (green − red) / judged, in [−1, 1]; 0 when nothing is judged. */
  readonly balance: number;
}

/**
 * Areas ordered from the clearest progress to the clearest regress. Grey
 * (no data) does not count; yellow and orange count as judged but on neither
 * side. Ties go to the area with more green indicators, then keep input order.
 */
export function rankAreasByProgress<Id>(areas: readonly RankableArea<Id>[]): AreaProgress<Id>[] {
  const measured = areas.map((area) => {
    const green = area.colours.filter((c) => c === 'green').length;
    const red = area.colours.filter((c) => c === 'red').length;
    const judged = area.colours.filter((c) => c !== 'grey').length;
    return { id: area.id, judged, green, red, balance: judged === 0 ? 0 : (green - red) / judged };
  });
  return measured
    .map((area, index) => ({ area, index }))
    .sort((a, b) => b.area.balance - a.area.balance || b.area.green - a.area.green || a.index - b.index)
    .map(({ area }) => area);
}

/** The area with the clearest progress, or undefined when no area moved forward on balance. */
export function findClearestProgress<Id>(areas: readonly RankableArea<Id>[]): AreaProgress<Id> | undefined {
  const [first] = rankAreasByProgress(areas);
  return first && first.balance > 0 ? first : undefined;
}
