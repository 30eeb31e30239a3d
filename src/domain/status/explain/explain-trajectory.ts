// Explains a `trajectory` judgement: where the straight path from the
// baseline to the target says the figure should be now, and where it is.
// A series without a target was judged by `direction`; the text says so.

import { explainDirection, describeTargetReached } from './explain-direction.js';
import type { Phrases } from './phrases.js';
import { describeBaselineSubstitute, describeMissingData, describeSincePrevious, sentences, toleranceText } from './phrases.js';
import { byPeriod, inPeriod } from './wording.js';

function describeFallback(p: Phrases): string {
  return p.lang === 'da'
    ? 'Indikatoren har ingen målsætning, så den bedømmes på udviklingen siden startmålingen i stedet for på kursen mod et mål.'
    : 'The indicator has no target, so it is judged by its development since the baseline instead of by its course towards a target.';
}

function describePath(p: Phrases): string {
  const { baseline, latest, target, expected } = p.series;
  const goal = `${p.level(target!.value)}${byPeriod(target!.period, p.lang)}`;
  return p.lang === 'da'
    ? `På en lige linje fra startmålingen (${p.figure(baseline!)}) til målsætningen på ${goal} skulle ${p.subject(false)} være ${p.level(expected!)} ${inPeriod(latest!.period, 'da')}.`
    : `On a straight path from the baseline (${p.figure(baseline!)}) to the target of ${goal}, ${p.subject(false)} should be ${p.level(expected!)} ${inPeriod(latest!.period, 'en')}.`;
}

function describePosition(p: Phrases): string {
  const { latest, expected, status, direction } = p.series;
  const da = p.lang === 'da';
  const now = p.level(latest!.value);
  const tolerance = toleranceText(p);
  if (status === 'on_course') {
    const ahead = direction === 'increase' ? latest!.value >= expected! : latest!.value <= expected!;
    if (ahead || tolerance === '') return da ? `Det er ${now}, så kursen holder.` : `It is ${now}, so it is on course.`;
    return da ? `Det er ${now}, inden for ${tolerance}, så kursen holder.` : `It is ${now}, within ${tolerance}, so it is on course.`;
  }
  if (status === 'too_slow') {
    return da
      ? `Det er ${now}: bedre end ved startmålingen, men for langsomt til at nå målet til tiden.`
      : `It is ${now}: better than at the baseline, but too slow to reach the target in time.`;
  }
  const notBetter =
    tolerance === ''
      ? da
        ? 'er ikke blevet bedre siden startmålingen'
        : 'has not improved since the baseline'
      : da
        ? `er ikke blevet bedre end ${tolerance} siden startmålingen`
        : `has not improved by more than ${tolerance} since the baseline`;
  return da ? `Det er ${now} og ${notBetter}, så kursen er forkert.` : `It is ${now} and ${notBetter}, so it is off course.`;
}

export function explainTrajectory(p: Phrases): string {
  const { status, fallback } = p.series;
  if (fallback === 'no_target') return sentences(describeFallback(p), explainDirection(p));
  if (status === 'target_reached') return sentences(describeTargetReached(p), describeSincePrevious(p));
  if (status === 'no_data') return sentences(describeMissingData(p), describeSincePrevious(p));
  return sentences(describePath(p), describePosition(p), describeBaselineSubstitute(p), describeSincePrevious(p));
}
