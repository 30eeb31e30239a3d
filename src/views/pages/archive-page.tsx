// Every policy the barometer has followed, the current one first, each with
// its period and links to its pages and its releases as they were published.
import type { PublicPolicy } from '../../services/public/public-policies.js';
import { Localized } from '../components/localized.js';
import { formatDate } from '../format-date.js';
import type { SiteContext } from '../site-context.js';

export function ArchivePage({ ctx, policies }: { ctx: SiteContext; policies: readonly PublicPolicy[] }) {
  const { t, lang, paths } = ctx;
  return (
    <>
      <h1>{t('archive.title')}</h1>
      <p>{t('archive.intro')}</p>
      {policies.length === 0 && <p>{t('front.noPolicy')}</p>}
      <ul class="policy-list">
        {policies.map((policy) => (
          <li key={policy.code}>
            <h2 class="h3">
              <a href={paths.policy(policy.code)}>
                <Localized lang={lang} text={policy.title} />
              </a>
            </h2>
            <p>
              {t('front.period')}: {policy.firstYear}–{policy.lastYear}.{' '}
              {policy.adoptedOn && `${t('archive.adopted', { date: formatDate(policy.adoptedOn, lang) })} `}
              {policy.isCurrent ? t('archive.current') : policy.state === 'archived' ? t('archive.archived') : t('archive.active')}
            </p>
            <p>
              <a href={paths.releases(policy.code)}>{t('archive.releases')}</a>
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
