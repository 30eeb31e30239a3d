// How a roll-up's indicators are spread, in one sentence that follows the
// counts: "5 af 14 i fremgang, 6 uændret, 3 i tilbagegang, 1 uden data".
// Green counts as forward, yellow and orange (no real progress) as
// unchanged, red as back; the first figure is out of the judged ones only.
import type { StatusColour } from '../../domain/status/types.js';
import type { SiteContext } from '../site-context.js';

export type ColourCounts = Readonly<Record<StatusColour, number>>;

/** The counts of several roll-ups together (a policy's focus areas, say). */
export function addCounts(all: readonly ColourCounts[]): ColourCounts {
  const sum: Record<StatusColour, number> = { green: 0, yellow: 0, orange: 0, red: 0, grey: 0 };
  for (const counts of all) for (const colour of Object.keys(sum) as StatusColour[]) sum[colour] += counts[colour];
  return sum;
}

export function distributionText(ctx: SiteContext, counts: ColourCounts): string {
  const { t } = ctx;
  const judged = counts.green + counts.yellow + counts.orange + counts.red;
  if (judged === 0) return `${t('distribution.none', { total: counts.grey })}.`;
  const parts = [t('distribution.forward', { n: counts.green, judged })];
  parts.push(t('distribution.unchanged', { n: counts.yellow + counts.orange }), t('distribution.back', { n: counts.red }));
  if (counts.grey > 0) parts.push(t('distribution.noData', { n: counts.grey }));
  return `${parts.join(', ')}.`;
}

export function StatusDistribution({ ctx, counts }: { ctx: SiteContext; counts: ColourCounts }) {
  return <p class="status-distribution">{distributionText(ctx, counts)}</p>;
}
