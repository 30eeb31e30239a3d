// One focus area: its rolled-up status and why, and its goals with their
// indicators and responsible committees.
import type { FocusAreaOverview } from '../../services/policy-overview.js';
import { GoalSection } from '../components/goal-section.js';
import { Localized, localized } from '../components/localized.js';
import { RollUpBadge, rollUpExplanation } from '../components/rollup-badge.js';
import type { SiteContext } from '../site-context.js';

export function FocusAreaPage({ ctx, policyCode, area }: { ctx: SiteContext; policyCode: string; area: FocusAreaOverview }) {
  const { t, lang } = ctx;
  const indicators = area.goals.flatMap((g) => g.indicators);
  const main = indicators.find((i) => i.code === area.status.decidedBy);
  return (
    <>
      <h1>
        {t('front.focusArea')} {area.number}: <Localized lang={lang} text={area.title} />
      </h1>
      <div class="rollup">
        <p>
          <RollUpBadge ctx={ctx} rollUp={area.status} />
        </p>
        <p>{rollUpExplanation(ctx, area.status, main ? localized(lang, main.title) : null)}</p>
      </div>
      {area.description && (
        <p>
          <Localized lang={lang} text={area.description} />
        </p>
      )}
      {area.goals.map((goal) => (
        <GoalSection ctx={ctx} policyCode={policyCode} goal={goal} headingLevel={2} key={goal.code} />
      ))}
    </>
  );
}
