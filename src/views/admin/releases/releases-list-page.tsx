// The list of releases: drafts first, each with its policy, state, dates and
// completeness ("N of M indicators"), and the way to start a new draft.
import type { ReleaseListEntry } from '../../../services/releases/list.js';
import { Notice } from '../forms/notice.js';
import { translator } from '../../../i18n/index.js';
import type { Lang } from '../../../i18n/index.js';
import { dateText, momentText } from '../admin-date.js';

export function ReleasesListPage({ lang, releases, notice }: { lang: Lang; releases: readonly ReleaseListEntry[]; notice?: string | null }) {
  const t = translator(lang);
  return (
    <>
      <h1>{t('releases.title')}</h1>
      <p>{t('figures.releases.intro')}</p>
      {notice && <Notice kind="success">{notice}</Notice>}
      <p>
        <a class="button button-primary" href="/admin/releases/new">
          {t('releases.new')}
        </a>
      </p>
      <p>
        <a href="/admin/supplier">{t('releases.suppliers')}</a>
      </p>
      {releases.length === 0 ? (
        <p>{t('releases.empty')}</p>
      ) : (
        <div class="table--responsive-scroll">
          <table class="table table--zebra">
            <caption class="sr-only">{t('releases.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('releases.col.title')}</th>
                <th scope="col">{t('releases.col.policy')}</th>
                <th scope="col">{t('releases.col.state')}</th>
                <th scope="col">{t('releases.col.date')}</th>
                <th scope="col">{t('releases.col.completeness')}</th>
              </tr>
            </thead>
            <tbody>
              {releases.map((release) => (
                <tr>
                  <th scope="row">
                    <a href={`/admin/releases/${release.id}`}>{release.title}</a>
                  </th>
                  <td>{release.policy.title}</td>
                  <td>{t(release.state === 'draft' ? 'releases.state.draft' : 'releases.state.published')}</td>
                  <td>
                    {release.state === 'published'
                      ? t('releases.publishedOn', { date: dateText(lang, release.publishedOn ?? '') })
                      : t('releases.createdOn', { date: momentText(lang, release.createdAt) })}
                  </td>
                  <td>{t('releases.nOfM', { n: release.withFigure, m: release.total })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
