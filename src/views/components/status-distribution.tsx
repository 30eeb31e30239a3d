// How a roll-up's indicators are spread, in the one wording every page,
// download and letter uses (services/rollup-words.ts): "5 af 14 i fremgang,
// 6 uændrede og 3 i tilbagegang; 1 uden data".
import type { RollUp } from '../../domain/status/rollup.js';
import { rollUpDistribution } from '../../services/rollup-words.js';
import type { SiteContext } from '../site-context.js';

export function StatusDistribution({ ctx, rollUp }: { ctx: SiteContext; rollUp: Pick<RollUp, 'counts' | 'judged'> }) {
  return <p class="status-distribution">{rollUpDistribution(ctx.lang, rollUp)}.</p>;
}
