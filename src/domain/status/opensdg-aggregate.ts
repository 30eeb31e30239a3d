// How `opensdg` turns the scores of an indicator's series into one score and
// status. Series sharing a group path are averaged first, and each group
// then counts once in its parent's average, so a breakdown into ten age
// bands does not outweigh the total. Series without a score (progress not
// available) are left out; a group with no scores is left out too.

import type { SeriesJudgement } from './judgement.js';
import type { OpenSdgStatus } from './types.js';

/** Open SDG's status for a score in [−5, 5]. */
export function openSdgStatusFromScore(score: number | undefined, allTargetsAchieved: boolean): OpenSdgStatus {
  if (allTargetsAchieved) return 'target_achieved';
  if (score === undefined) return 'not_available';
  if (score >= 2.5) return 'substantial_progress';
  if (score >= 0) return 'moderate_progress';
  if (score >= -2.5) return 'limited_progress';
  return 'deterioration';
}

interface GroupNode {
  readonly name: string;
  readonly scores: number[];
  /** Few and small, so a list searched by name beats a map. */
  readonly children: GroupNode[];
}

function childNamed(node: GroupNode, name: string): GroupNode {
  for (const child of node.children) if (child.name === name) return child;
  const child: GroupNode = { name, scores: [], children: [] };
  node.children.push(child);
  return child;
}

function meanOfNode(node: GroupNode): number | undefined {
  let sum = 0;
  let count = 0;
  for (const score of node.scores) {
    sum += score;
    count++;
  }
  for (const child of node.children) {
    const mean = meanOfNode(child);
    if (mean !== undefined) {
      sum += mean;
      count++;
    }
  }
  return count === 0 ? undefined : sum / count;
}

/** The nested mean of the series' scores; undefined when no series has one. */
export function nestedMeanScore(series: readonly Pick<SeriesJudgement, 'group' | 'opensdg'>[]): number | undefined {
  let grouped = false;
  for (const one of series) if (one.group && one.group.length > 0) grouped = true;
  if (!grouped) {
    // The common case needs no tree: a plain mean, summed in input order as numpy does for short arrays.
    let sum = 0;
    let count = 0;
    for (const one of series) {
      const score = one.opensdg?.score;
      if (score !== undefined) {
        sum += score;
        count++;
      }
    }
    return count === 0 ? undefined : sum / count;
  }
  const root: GroupNode = { name: '', scores: [], children: [] };
  for (const one of series) {
    const score = one.opensdg?.score;
    if (score === undefined) continue;
    let node = root;
    if (one.group) for (const name of one.group) node = childNamed(node, name);
    node.scores.push(score);
  }
  return meanOfNode(root);
}

/** The indicator's score and status: target achieved only if every scored series achieved its target. */
export function aggregateOpenSdgSeries(series: readonly Pick<SeriesJudgement, 'group' | 'opensdg'>[]): {
  readonly score: number | undefined;
  readonly status: OpenSdgStatus;
} {
  const score = nestedMeanScore(series);
  let scored = 0;
  let achieved = 0;
  for (const one of series) {
    if (one.opensdg?.score === undefined) continue;
    scored++;
    if (one.opensdg.targetAchieved) achieved++;
  }
  return { score, status: openSdgStatusFromScore(score, scored > 0 && achieved === scored) };
}
