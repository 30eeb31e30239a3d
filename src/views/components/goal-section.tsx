// A goal with its rolled-up status, the committees responsible and its
// indicators, as the front page, policy and focus-area pages list them.
import type { GoalOverview } from '../../services/policy-overview.js';
import type { SiteContext } from '../site-context.js';
import { IndicatorSummary } from './indicator-summary.js';
import { Localized } from './localized.js';
import { ResponsibleCommittees } from './responsible-committees.js';
import { RollUpBadge } from './rollup-badge.js';

export function GoalSection({ ctx, policyCode, goal, headingLevel }: { ctx: SiteContext; policyCode: string; goal: GoalOverview; headingLevel: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section class="goal" aria-labelledby={`goal-${goal.code}`}>
      <Heading id={`goal-${goal.code}`} class="goal-title">
        <a href={ctx.paths.goal(policyCode, goal.code)}>
          {ctx.t('front.goal')} {goal.number}: <Localized lang={ctx.lang} text={goal.title} />
        </a>
      </Heading>
      <p class="goal-status">
        <RollUpBadge ctx={ctx} rollUp={goal.status} />
      </p>
      <ResponsibleCommittees ctx={ctx} policyCode={policyCode} committees={goal.committees} />
      <ul class="indicators">
        {goal.indicators.map((indicator) => (
          <IndicatorSummary ctx={ctx} policyCode={policyCode} indicator={indicator} key={indicator.code} />
        ))}
      </ul>
    </section>
  );
}
