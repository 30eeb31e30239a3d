// The rolled-up status of a goal, focus area or committee, in words that say
// how it was reached: the main indicator's status, the mean Open SDG score,
// or a vote of colours ("mostly progress"), and a sentence explaining it.
import type { RollUp } from '../../domain/status/rollup.js';
import { formatNumber } from '../../domain/number-format.js';
import type { SiteContext } from '../site-context.js';
import { StatusBadge, statusWords } from './status-badge.js';

export function rollUpWords(ctx: SiteContext, rollUp: RollUp): string {
  const { t, lang } = ctx;
  if (rollUp.basis === 'no_data') return t('status.no_data');
  if (rollUp.status && rollUp.basis !== 'majority') return statusWords(lang, rollUp.status);
  if (rollUp.colour === 'green') return t('rollup.mostlyProgress');
  if (rollUp.colour === 'red') return t('rollup.mostlyRegress');
  return t('rollup.mixed');
}

export function RollUpBadge({ ctx, rollUp }: { ctx: SiteContext; rollUp: RollUp }) {
  return <StatusBadge lang={ctx.lang} status={rollUp.status} colour={rollUp.colour} label={rollUpWords(ctx, rollUp)} />;
}

/** Why the roll-up has its colour; `mainTitle` names the main indicator when it decided. */
export function rollUpExplanation(ctx: SiteContext, rollUp: RollUp, mainTitle: string | null): string {
  const { t, lang } = ctx;
  const c = rollUp.counts;
  switch (rollUp.basis) {
    case 'main_indicator':
      return t('rollup.byMain', { indicator: mainTitle ?? rollUp.decidedBy ?? '' });
    case 'mean_score':
      return t('rollup.byScore', { score: formatNumber(rollUp.score ?? 0, 2, lang) });
    case 'no_data':
      return t('rollup.noData');
    case 'majority':
      return t('rollup.byMajority', { green: c.green, yellow: c.yellow + c.orange, red: c.red, grey: c.grey });
  }
}
