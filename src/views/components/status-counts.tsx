// How the policy's indicators stand in one line per colour: "6 in progress,
// 5 unchanged, 2 in regress, 2 without data", each with its icon.
import type { IndicatorJudgement } from '../../domain/status/judgement.js';
import type { StatusColour } from '../../domain/status/types.js';
import type { MessageKey } from '../../i18n/index.js';
import type { SiteContext } from '../site-context.js';
import { statusIcon } from './status-badge.js';

const ORDER: readonly StatusColour[] = ['green', 'yellow', 'orange', 'red', 'grey'];

export function StatusCounts({ ctx, judgements }: { ctx: SiteContext; judgements: readonly (IndicatorJudgement | null)[] }) {
  const counts: Record<StatusColour, number> = { green: 0, yellow: 0, orange: 0, red: 0, grey: 0 };
  for (const judgement of judgements) counts[judgement?.colour ?? 'grey'] += 1;
  return (
    <section class="status-counts" aria-labelledby="status-counts">
      <h2 id="status-counts" class="h3">
        {ctx.t('counts.heading', { total: judgements.length })}
      </h2>
      <ul class="status-count-list">
        {ORDER.filter((colour) => counts[colour] > 0).map((colour) => (
          <li key={colour} class={`status status-${colour}`}>
            <span class="status-icon" aria-hidden="true">
              {statusIcon(undefined, colour)}
            </span>
            {ctx.t(`counts.${colour}` as MessageKey, { n: counts[colour] })}
          </li>
        ))}
      </ul>
    </section>
  );
}
