// Every release of a policy, newest first: when, how complete, how many
// figures it revised, and what it lacked.
import type { Text } from '../../domain/text.js';
import type { ReleaseSummary } from '../../services/public/release-history.js';
import { Localized } from '../components/localized.js';
import { completenessText } from '../components/release-box.js';
import { formatDate } from '../format-date.js';
import type { SiteContext } from '../site-context.js';

export function ReleasesPage({ ctx, policy, releases }: { ctx: SiteContext; policy: { code: string; title: Text }; releases: readonly ReleaseSummary[] }) {
  const { t, lang, paths } = ctx;
  return (
    <>
      <h1>{t('releases.title')}</h1>
      <p>
        {t('releases.intro')}{' '}
        <a href={paths.policy(policy.code)}>
          <Localized lang={lang} text={policy.title} />
        </a>
      </p>
      {releases.length === 0 && <p>{t('front.noRelease')}</p>}
      <ol class="release-list">
        {releases.map((release) => (
          <li key={release.id}>
            <h2 class="h3">
              <a href={paths.release(policy.code, release.id)}>
                <Localized lang={lang} text={release.title} />
              </a>
            </h2>
            <p>
              {t('release.publishedOn', { date: formatDate(release.publishedOn, lang) })}. {completenessText(ctx, release)}
              {release.revisionCount > 0 && ` ${t('release.revisionCount', { n: release.revisionCount })}`}
            </p>
            {release.missing.length > 0 && (
              <p>
                {t('release.missingList')}{' '}
                {release.missing.map((m, index) => (
                  <>
                    {index > 0 && ', '}
                    <Localized lang={lang} text={m.indicatorTitle} />
                  </>
                ))}
                .
              </p>
            )}
          </li>
        ))}
      </ol>
    </>
  );
}
