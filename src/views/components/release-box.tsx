// The latest release on the front page: its date, how complete it was
// ("new figures for 14 of 15 indicators") and what is missing.
import type { ReleaseSummary } from '../../services/public/release-history.js';
import { formatDate } from '../format-date.js';
import type { SiteContext } from '../site-context.js';
import { Localized } from './localized.js';
import { MissingFigures } from './missing-figures.js';

export function completenessText(ctx: SiteContext, release: ReleaseSummary): string {
  return release.withFigure === release.total
    ? ctx.t('release.complete', { total: release.total })
    : ctx.t('release.partial', { n: release.withFigure, total: release.total });
}

export function ReleaseBox({ ctx, policyCode, release }: { ctx: SiteContext; policyCode: string; release: ReleaseSummary | null }) {
  const { t, lang, paths } = ctx;
  return (
    <section class="release-box" aria-labelledby="latest-release">
      <h2 id="latest-release">{t('front.latestRelease')}</h2>
      {release ? (
        <>
          <p>
            <a href={paths.release(policyCode, release.id)}>
              <Localized lang={lang} text={release.title} />
            </a>
            , {t('release.publishedOn', { date: formatDate(release.publishedOn, lang) })}
          </p>
          <p class="completeness">{completenessText(ctx, release)}</p>
          {release.missing.length > 0 && (
            <>
              <h3>{t('release.missingHeading')}</h3>
              <MissingFigures ctx={ctx} policyCode={policyCode} missing={release.missing} />
            </>
          )}
          <p>
            <a href={paths.releases(policyCode)}>{t('release.all')}</a>
          </p>
        </>
      ) : (
        <p>{t('front.noRelease')}</p>
      )}
    </section>
  );
}
