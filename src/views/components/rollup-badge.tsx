// The rolled-up status of a goal, focus area or committee: the badge in
// words that follow the counts (services/rollup-words), always with the
// distribution it rests on, and a sentence explaining how it was reached.
import type { RollUp } from '../../domain/status/rollup.js';
import { formatNumber } from '../../domain/number-format.js';
import { rollUpDistribution, rollUpVerdictWords } from '../../services/rollup-words.js';
import type { SiteContext } from '../site-context.js';
import { StatusBadge } from './status-badge.js';

function rollUpWords(ctx: SiteContext, rollUp: RollUp): string {
  return rollUpVerdictWords(ctx.lang, rollUp);
}

export function RollUpBadge({ ctx, rollUp }: { ctx: SiteContext; rollUp: RollUp }) {
  return (
    <span class="rollup-verdict">
      <StatusBadge lang={ctx.lang} status={rollUp.status} colour={rollUp.colour} label={rollUpWords(ctx, rollUp)} />{' '}
      <span class="rollup-distribution">{rollUpDistribution(ctx.lang, rollUp)}</span>
    </span>
  );
}

/** Why the roll-up has its colour; `mainTitle` names the main indicator when it decided. */
export function rollUpExplanation(ctx: SiteContext, rollUp: RollUp, mainTitle: string | null): string {
  const { t, lang } = ctx;
  switch (rollUp.basis) {
    case 'main_indicator':
      return t('rollup.byMain', { indicator: mainTitle ?? rollUp.decidedBy ?? '' });
    case 'mean_score':
      return t('rollup.byScore', { score: formatNumber(rollUp.score ?? 0, 2, lang) });
    case 'no_data':
      return t('rollup.noData');
    case 'majority':
      // The distribution itself is in the badge beside it.
      return t('rollup.byMajority');
  }
}
