// The front page: the current policy's focus areas and goals, each goal with
// the committees responsible and its indicators.
import { translate, pick } from '../../i18n/index.js';
import type { Lang } from '../../i18n/index.js';
import type { PolicyOverview } from '../../services/policy-overview.js';
import { formatDate } from '../format-date.js';
import { IndicatorSummary } from '../components/indicator-summary.js';

export function FrontPage({ lang, overview }: { lang: Lang; overview: PolicyOverview | null }) {
  const t = (key: Parameters<typeof translate>[1]) => translate(lang, key);
  if (!overview) {
    return (
      <>
        <h1>{t('front.title')}</h1>
        <p>{t('front.noPolicy')}</p>
      </>
    );
  }
  const { policy } = overview;
  return (
    <>
      <h1>{pick(lang, policy.title.da, policy.title.en)}</h1>
      {policy.subtitle && <p class="lead">{pick(lang, policy.subtitle.da, policy.subtitle.en)}</p>}
      {policy.description && <p>{pick(lang, policy.description.da, policy.description.en)}</p>}
      <p>
        {t('front.latestRelease')}:{' '}
        {overview.latestRelease
          ? `${pick(lang, overview.latestRelease.title.da, overview.latestRelease.title.en)} (${formatDate(overview.latestRelease.publishedOn, lang)})`
          : t('front.noRelease')}
      </p>
      {overview.focusAreas.map((area) => (
        <section class="focus-area" aria-labelledby={`area-${area.code}`} key={area.code}>
          <h2 id={`area-${area.code}`}>
            {t('front.focusArea')} {area.number}: {pick(lang, area.title.da, area.title.en)}
          </h2>
          {area.goals.map((goal) => (
            <div class="goal" key={goal.code}>
              <h3>
                {t('front.goal')} {goal.number}: {pick(lang, goal.title.da, goal.title.en)}
              </h3>
              <p class="responsible">
                {t('front.responsible')}:{' '}
                {goal.committees
                  .filter((c) => c.role === 'lead')
                  .map((c) => pick(lang, c.name.da, c.name.en))
                  .join(', ')}
                {goal.committees.some((c) => c.role === 'shared') ? ` (${t('front.allCommittees')})` : ''}
              </p>
              <ul class="indicators">
                {goal.indicators.map((indicator) => (
                  <IndicatorSummary lang={lang} indicator={indicator} key={indicator.code} />
                ))}
              </ul>
            </div>
          ))}
        </section>
      ))}
    </>
  );
}
