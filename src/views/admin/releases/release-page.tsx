// One release: its completeness ("new figures for N of M indicators"), the
// indicators with and without new figures (with what has been recorded for
// each missing one and a link to record it), the ways to bring figures in
// (upload, form, pre-filled templates), the figures staged, and the way to
// preview and publish. A published release shows the same, read only.
import type { ReleaseAdminView, StagedFigureView } from '../../../services/releases/overview.js';
import { Notice } from '../forms/notice.js';
import { showValue } from './figure-format.js';
import { t, translator } from '../../../i18n/index.js';
import type { Lang } from '../../../i18n/index.js';
import { dateText, momentText } from '../admin-date.js';

export interface ReleasePageProps {
  lang: Lang;
  view: ReleaseAdminView;
  notice?: string | null;
  canPublish: boolean;
}

const flagsOf = (figure: StagedFigureView, lang: Lang) =>
  [figure.provisional ? t(lang, 'release.flag.provisional') : null, figure.estimated ? t(lang, 'release.flag.estimated') : null].filter(Boolean).join(', ');

export function ReleasePage({ lang, view, notice, canPublish }: ReleasePageProps) {
  const t = translator(lang);
  const { completeness } = view;
  const id = completeness.release.id;
  const base = `/admin/releases/${id}`;
  const isDraft = completeness.release.state === 'draft';
  return (
    <>
      <p>
        <a href="/admin/releases">{t('release.back')}</a>
      </p>
      <h1>{completeness.release.title}</h1>
      <p>
        {view.policy.title} · {t(isDraft ? 'releases.state.draft' : 'releases.state.published')}
        {isDraft ? ` · ${t('releases.createdOn', { date: momentText(lang, view.createdAt) })}` : ''}
      </p>
      {view.note && <p>{view.note}</p>}
      {notice && <Notice kind="success">{notice}</Notice>}
      {!isDraft && <Notice kind="info">{t('release.isPublished', { date: dateText(lang, completeness.release.publishedOn ?? '') })}</Notice>}

      <h2 id="completeness">{t('release.completeness', { n: completeness.withFigure, m: completeness.total })}</h2>
      {completeness.isComplete && <p>{t('figures.release.complete')}</p>}

      <h3>{t('release.missing')}</h3>
      {completeness.missing.length === 0 ? (
        <p>{t('release.noneMissing')}</p>
      ) : (
        <div class="table--responsive-scroll">
          <table class="table table--compact">
            <caption class="sr-only">{t('release.missing')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('release.col.indicator')}</th>
                <th scope="col">{t('release.col.owner')}</th>
                <th scope="col">{t('release.col.reason')}</th>
                <th scope="col">{t('release.col.owedBy')}</th>
                <th scope="col">{t('release.col.since')}</th>
                <th scope="col">{t('release.col.expected')}</th>
                {isDraft && <th scope="col">{t('release.col.action')}</th>}
              </tr>
            </thead>
            <tbody>
              {completeness.missing.map((missing) => (
                <tr>
                  <th scope="row">{missing.title}</th>
                  <td>{missing.owner?.name ?? ''}</td>
                  <td>{missing.note?.reason ?? t('release.noReason')}</td>
                  <td>{missing.note?.administration ?? ''}</td>
                  <td>{missing.note?.missingSince ?? ''}</td>
                  <td>{missing.note?.expected ?? ''}</td>
                  {isDraft && (
                    <td>
                      <a href={`${base}/missing?indicator=${encodeURIComponent(missing.code)}`}>{t('release.recordReason', { indicator: missing.code })}</a>
                      <br />
                      <a href={`${base}/template?indicator=${encodeURIComponent(missing.code)}`}>{t('release.templateOne', { indicator: missing.code })}</a>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <h3>{t('release.present')}</h3>
      {completeness.present.length === 0 ? (
        <p>{t('release.nonePresent')}</p>
      ) : (
        <ul>
          {completeness.present.map((present) => (
            <li>
              {present.title} ({present.code}): {present.figures} {t('release.col.figures').toLowerCase()}
            </li>
          ))}
        </ul>
      )}

      {isDraft && (
        <>
          <h2>{t('release.actions')}</h2>
          <ul>
            <li>
              <a href={`${base}/import`}>{t('release.upload')}</a>
            </li>
            <li>
              <a href={`${base}/figures/new`}>{t('release.enterFigure')}</a>
            </li>
          </ul>
          <h3>{t('release.templates')}</h3>
          <ul>
            <li>
              {t('release.templateAll')}: <a href={`${base}/template`}>CSV</a> · <a href={`${base}/template?format=xlsx`}>XLSX</a>
            </li>
            {view.owners.map((owner) => (
              <li>
                {t('release.templateFor', { name: owner.name })}: <a href={`${base}/template?administration=${encodeURIComponent(owner.code)}`}>CSV</a> ·{' '}
                <a href={`${base}/template?administration=${encodeURIComponent(owner.code)}&format=xlsx`}>XLSX</a>
              </li>
            ))}
          </ul>
        </>
      )}

      <h2 id="figures">{t('release.figures')}</h2>
      {view.figures.length === 0 ? (
        <p>{t('release.figuresNone')}</p>
      ) : (
        <>
          {view.figureCount > view.figures.length && <p>{t('release.figuresShown', { shown: view.figures.length, total: view.figureCount })}</p>}
          <div class="table--responsive-scroll">
            <table class="table table--compact table--zebra">
              <caption class="sr-only">{t('release.figures')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('release.col.indicator')}</th>
                  <th scope="col">{t('release.col.period')}</th>
                  <th scope="col">{t('release.col.group')}</th>
                  <th scope="col">{t('release.col.area')}</th>
                  <th scope="col" class="text-align-right">
                    {t('release.col.value')}
                  </th>
                  <th scope="col">{t('release.col.flags')}</th>
                  <th scope="col">{t('release.col.note')}</th>
                  {!isDraft && <th scope="col">{t('release.col.replaced')}</th>}
                  <th scope="col">{t('release.col.by')}</th>
                </tr>
              </thead>
              <tbody>
                {view.figures.map((figure) => (
                  <tr>
                    <th scope="row">{figure.indicator}</th>
                    <td>{figure.period}</td>
                    <td>{figure.group}</td>
                    <td>{figure.area}</td>
                    <td class="text-align-right">{showValue(figure.value, lang)}</td>
                    <td>{flagsOf(figure, lang)}</td>
                    <td>{[figure.note, figure.reason].filter(Boolean).join(' · ')}</td>
                    {!isDraft && <td>{figure.replaced === null ? '' : showValue(figure.replaced, lang)}</td>}
                    <td>{figure.by}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}

      {isDraft && (
        <>
          <h2>{t('release.preview')}</h2>
          <ul>
            <li>
              <a href={`${base}/preview`}>{t('release.previewFront')}</a>
            </li>
            {completeness.present.map((present) => (
              <li>
                <a href={`${base}/preview?indicator=${encodeURIComponent(present.code)}`}>{present.title}</a>
              </li>
            ))}
          </ul>
          {canPublish && (
            <p>
              <a class="button button-primary" href={`${base}/publish`}>
                {t('release.publish')}
              </a>
            </p>
          )}
        </>
      )}
    </>
  );
}
