// Explains a `direction` judgement: how the figure moved since the
// baseline, whether that is more than the tolerance, and which way is good.

import type { Phrases } from './phrases.js';
import { describeBaselineSubstitute, describeMissingData, describeMovement, describeSincePrevious, sentences, toleranceText } from './phrases.js';
import { byPeriod, whichWayIsGood } from './wording.js';

/** "Andelen var 74,0 % i 2012 og har nået målsætningen på 74,0 % i 2015." */
export function describeTargetReached(p: Phrases): string {
  const { latest, target } = p.series;
  const goal = `${p.level(target!.value)}${byPeriod(target!.period, p.lang)}`;
  return p.lang === 'da'
    ? `${p.subject(true)} var ${p.figure(latest!)} og har nået målsætningen på ${goal}.`
    : `${p.subject(true)} was ${p.figure(latest!)}, which meets the target of ${goal}.`;
}

function describeVerdict(p: Phrases): string {
  const change = p.series.sinceBaseline!;
  const da = p.lang === 'da';
  const good = whichWayIsGood(p.series.direction, p.lang);
  const tolerance = toleranceText(p);
  if (change.change === 0) return da ? 'Status er derfor uændret.' : 'The status is therefore unchanged.';
  const rose = change.change > 0;
  const noun = da ? (rose ? 'Stigningen' : 'Faldet') : rose ? 'The rise' : 'The fall';
  const size = `${noun} ${da ? 'på' : 'of'} ${p.amount(change.change)}`;
  if (change.status === 'unchanged') {
    if (tolerance === '') return da ? `${size} er så lille, at status er uændret.` : `${size} is too small to count, so the status is unchanged.`;
    return da ? `${size} er ikke større end ${tolerance}, så status er uændret.` : `${size} is within ${tolerance}, so the status is unchanged.`;
  }
  const label = change.status === 'progress' ? (da ? 'fremgang' : 'progress') : da ? 'tilbagegang' : 'regress';
  if (tolerance === '') {
    return da ? `${size} er ${label}, da ${good}.` : `${size} is ${label}, since ${good}.`;
  }
  return da
    ? `${size} er større end ${tolerance}, og da ${good}, er det ${label}.`
    : `${size} is larger than ${tolerance}, and since ${good}, this is ${label}.`;
}

export function explainDirection(p: Phrases): string {
  const { status } = p.series;
  if (status === 'target_reached') {
    return sentences(describeTargetReached(p), describeBaselineSubstitute(p), describeSincePrevious(p));
  }
  if (status === 'no_data') return sentences(describeMissingData(p), describeSincePrevious(p));
  return sentences(describeMovement(p), describeVerdict(p), describeBaselineSubstitute(p), describeSincePrevious(p));
}
