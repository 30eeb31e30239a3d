// One committee's part of a policy: the goals it leads with their status
// (which decide the committee's own), and the goals every committee shares.
import type { CommitteeOverview, PolicyOverview } from '../../services/policy-overview.js';
import { allGoals } from '../../services/public/overview-lookup.js';
import { GoalSection } from '../components/goal-section.js';
import { Localized } from '../components/localized.js';
import { RollUpBadge, rollUpExplanation } from '../components/rollup-badge.js';
import type { SiteContext } from '../site-context.js';

export function CommitteePage({ ctx, overview, committee }: { ctx: SiteContext; overview: PolicyOverview; committee: CommitteeOverview }) {
  const { t, lang, paths } = ctx;
  const goals = allGoals(overview);
  const lead = goals.filter((g) => committee.leadGoals.includes(g.code));
  const shared = goals.filter((g) => committee.sharedGoals.includes(g.code));
  const policyCode = overview.policy.code;
  return (
    <>
      <h1>
        <Localized lang={lang} text={committee.name} />
      </h1>
      {committee.administration && (
        <p>
          {t('committee.administration')}: <Localized lang={lang} text={committee.administration} />
        </p>
      )}
      <p>
        {t('committee.inPolicy')}{' '}
        <a href={paths.policy(policyCode)}>
          <Localized lang={lang} text={overview.policy.title} />
        </a>
      </p>
      {lead.length > 0 && (
        <div class="rollup">
          <p>
            <RollUpBadge ctx={ctx} rollUp={committee.status} />
          </p>
          <p>{rollUpExplanation(ctx, committee.status, null)}</p>
        </div>
      )}
      <h2>{t('committee.leadGoals')}</h2>
      {lead.length === 0 && <p>{t('committee.noLeadGoals')}</p>}
      {lead.map((goal) => (
        <GoalSection ctx={ctx} policyCode={policyCode} goal={goal} headingLevel={3} key={goal.code} />
      ))}
      {shared.length > 0 && (
        <>
          <h2>{t('committee.sharedGoals')}</h2>
          <p>{t('committee.sharedExplained')}</p>
          <ul>
            {shared.map((goal) => (
              <li key={goal.code}>
                <a href={paths.goal(policyCode, goal.code)}>
                  {t('front.goal')} {goal.number}: <Localized lang={lang} text={goal.title} />
                </a>{' '}
                <RollUpBadge ctx={ctx} rollUp={goal.status} />
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
