// A roll-up in words, the same on every page, download and letter: the
// verdict ("Uændret", "Blandet billede") and the distribution it rests on
// ("5 af 14 i fremgang, 6 uændrede og 3 i tilbagegang; 1 uden data").
// METHODS.md ("Rolling up"): the words follow the counts, and every verdict
// states its distribution, so a reader can check the colour against it.
import type { RollUp } from '../domain/status/rollup.js';
import { t } from '../i18n/index.js';
import type { Lang } from '../i18n/index.js';

/**
 * The verdict as a capitalised phrase. A main indicator or a mean score
 * speaks with its own status; a vote of judged items says what they agree
 * on, or, when they differ, which way a real majority leans ("Overvejende
 * fremgang" only when more than half go forward), else "Blandet billede".
 */
export function rollUpVerdictWords(lang: Lang, rollUp: RollUp): string {
  if (rollUp.basis === 'no_data') return t(lang, 'status.no_data');
  if (rollUp.status && rollUp.basis !== 'majority') return t(lang, `status.${rollUp.status}`);
  if (rollUp.verdict !== 'mixed') return t(lang, `rollup.verdict.${rollUp.verdict}`);
  if (rollUp.colour === 'green') return t(lang, 'rollup.mostlyProgress');
  if (rollUp.colour === 'red') return t(lang, 'rollup.mostlyRegress');
  return t(lang, 'rollup.mixed');
}

/** The verdict in lower case, for the middle of a sentence in a letter. */
export function rollUpVerdictInSentence(lang: Lang, rollUp: RollUp): string {
  const words = rollUpVerdictWords(lang, rollUp);
  return words.charAt(0).toLocaleLowerCase(lang) + words.slice(1);
}

/**
 * How the judged items are spread, in the order forward, unchanged, limited,
 * back, leaving out colours that do not occur; the first part names the
 * number judged ("5 af 14 i fremgang", "1 af 1 uændret"), and items without
 * data close the sentence.
 */
export function rollUpDistribution(lang: Lang, rollUp: Pick<RollUp, 'counts' | 'judged'>): string {
  const { counts, judged } = rollUp;
  if (judged === 0) return t(lang, 'rollup.count.none', { grey: counts.grey });
  const present = (
    [
      ['green', 'rollup.count.progress'],
      ['yellow', 'rollup.count.unchanged'],
      ['orange', 'rollup.count.limited'],
      ['red', 'rollup.count.regress'],
    ] as const
  ).filter(([colour]) => counts[colour] > 0);
  const parts = present.map(([colour, key], index) => {
    const count = counts[colour];
    const words = t(lang, key, { count });
    return index === 0 ? t(lang, 'rollup.count.first', { count, judged, words }) : t(lang, 'rollup.count.next', { count, words });
  });
  const judgedText = parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} ${t(lang, 'rollup.count.and')} ${parts.at(-1)!}`;
  return counts.grey > 0 ? `${judgedText}; ${t(lang, 'rollup.count.noData', { count: counts.grey })}` : judgedText;
}
