// One goal: its rolled-up status and why, its focus area, the committees
// responsible, its indicators, the way to the projects that work for it, and
// the initiatives of the committees' action plans that serve it.
import type { FocusAreaOverview, GoalOverview } from '../../services/policy-overview.js';
import type { GoalInitiative } from '../../services/public/goal-initiatives.js';
import { GoalInitiatives } from '../components/goal-initiatives.js';
import { IndicatorSummary } from '../components/indicator-summary.js';
import { Localized, localized } from '../components/localized.js';
import { ResponsibleCommittees } from '../components/responsible-committees.js';
import { RollUpBadge, rollUpExplanation } from '../components/rollup-badge.js';
import { filterQuery, projectListPath } from '../projects/project-paths.js';
import type { SiteContext } from '../site-context.js';

export interface GoalPageProps {
  ctx: SiteContext;
  policyCode: string;
  goal: GoalOverview;
  area: FocusAreaOverview;
  initiatives: readonly GoalInitiative[];
}

export function GoalPage({ ctx, policyCode, goal, area, initiatives }: GoalPageProps) {
  const { t, lang, paths } = ctx;
  const main = goal.indicators.find((i) => i.code === goal.status.decidedBy);
  return (
    <>
      <h1>
        {t('front.goal')} {goal.number}: <Localized lang={lang} text={goal.title} />
      </h1>
      <div class="rollup">
        <p>
          <RollUpBadge ctx={ctx} rollUp={goal.status} />
        </p>
        <p>{rollUpExplanation(ctx, goal.status, main ? localized(lang, main.title) : null)}</p>
      </div>
      <p>
        {t('goal.partOf')}{' '}
        <a href={paths.focusArea(policyCode, area.code)}>
          {t('front.focusArea')} {area.number}: <Localized lang={lang} text={area.title} />
        </a>
      </p>
      {goal.description && (
        <p>
          <Localized lang={lang} text={goal.description} />
        </p>
      )}
      <ResponsibleCommittees ctx={ctx} policyCode={policyCode} committees={goal.committees} />
      <h2>{t('goal.indicators')}</h2>
      <ul class="indicators">
        {goal.indicators.map((indicator) => (
          <IndicatorSummary ctx={ctx} policyCode={policyCode} indicator={indicator} key={indicator.code} />
        ))}
      </ul>
      <section class="goal-projects" aria-labelledby="goal-projects">
        <h2 id="goal-projects">{t('goal.projectsHeading')}</h2>
        <p>
          <a href={projectListPath(lang) + filterQuery({ goalCode: goal.code })}>{t('goal.projectsLink', { number: goal.number })}</a>
        </p>
      </section>
      <GoalInitiatives ctx={ctx} policyCode={policyCode} goalNumber={goal.number} initiatives={initiatives} />
    </>
  );
}
