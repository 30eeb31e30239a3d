// A policy at a glance, the front page for the current one: how its
// indicators are spread (forward, unchanged, back), the latest release and
// what it lacked, each focus area with its rolled-up status and spread, its
// goals and indicators one click away (a <details>, so no JavaScript), and
// the committees responsible. Folded, the page fits a few screens instead of
// one long list.
import type { PolicyOverview } from '../../services/policy-overview.js';
import type { ReleaseSummary } from '../../services/public/release-history.js';
import { CommitteeList } from '../components/committee-list.js';
import { GoalSection } from '../components/goal-section.js';
import { Localized } from '../components/localized.js';
import { ReleaseBox } from '../components/release-box.js';
import { RollUpBadge } from '../components/rollup-badge.js';
import { StatusCounts } from '../components/status-counts.js';
import { StatusDistribution } from '../components/status-distribution.js';
import type { SiteContext } from '../site-context.js';

export function PolicyPage({ ctx, overview, latestRelease }: { ctx: SiteContext; overview: PolicyOverview; latestRelease: ReleaseSummary | null }) {
  const { t, lang, paths } = ctx;
  const { policy } = overview;
  const indicators = overview.focusAreas.flatMap((a) => a.goals.flatMap((g) => g.indicators));
  return (
    <>
      <h1>
        <Localized lang={lang} text={policy.title} />
      </h1>
      {policy.subtitle && (
        <p class="font-lead">
          <Localized lang={lang} text={policy.subtitle} />
        </p>
      )}
      {policy.state === 'archived' && (
        <div class="alert alert-info" role="note">
          <div class="alert-body">
            <p class="alert-text">{t('policy.archivedNotice', { first: policy.firstYear, last: policy.lastYear })}</p>
          </div>
        </div>
      )}
      {policy.description && (
        <p>
          <Localized lang={lang} text={policy.description} />
        </p>
      )}
      <p>
        {t('front.period')}: {policy.firstYear}–{policy.lastYear}. <a href={paths.methodology()}>{t('front.howToRead')}</a>
      </p>
      <p class="policy-status">
        {t('policy.overall')}: <RollUpBadge ctx={ctx} rollUp={overview.overall} />
      </p>
      <StatusDistribution ctx={ctx} rollUp={overview.overall} />
      <StatusCounts ctx={ctx} judgements={indicators.map((i) => i.judgement)} />
      <ReleaseBox ctx={ctx} policyCode={policy.code} release={latestRelease} />
      {overview.focusAreas.map((area) => (
        <section class="focus-area" aria-labelledby={`area-${area.code}`} key={area.code}>
          <h2 id={`area-${area.code}`}>
            <a href={paths.focusArea(policy.code, area.code)}>
              {t('front.focusArea')} {area.number}: <Localized lang={lang} text={area.title} />
            </a>
          </h2>
          <p class="area-status">
            <RollUpBadge ctx={ctx} rollUp={area.status} />
          </p>
          <StatusDistribution ctx={ctx} rollUp={area.status} />
          <details class="details area-details">
            <summary class="details-summary">
              <span class="details-summary-text">
                {t('front.showGoals', { goals: area.goals.length, indicators: area.goals.reduce((n, g) => n + g.indicators.length, 0) })}
              </span>
            </summary>
            <div class="details-text">
              {area.goals.map((goal) => (
                <GoalSection ctx={ctx} policyCode={policy.code} goal={goal} headingLevel={3} key={goal.code} />
              ))}
            </div>
          </details>
        </section>
      ))}
      <section aria-labelledby="committees">
        <h2 id="committees">{t('committee.heading')}</h2>
        <CommitteeList ctx={ctx} policyCode={policy.code} committees={overview.committees} />
      </section>
    </>
  );
}
