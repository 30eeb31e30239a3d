// What a data supplier sees: its administration's indicators, the newest
// published period of each and the one it owes next, whether the draft in
// progress has figures for it, and the secretariat's note when it is
// missing; with the ways to deliver (template, upload, one figure). The
// secretariat sees the same for any administration it chooses.
import type { SupplierView } from '../../../services/releases/supplier-view.js';
import { Notice } from '../forms/notice.js';
import { translator } from '../../../i18n/index.js';
import type { Lang } from '../../../i18n/index.js';

export interface SupplierPageProps {
  lang: Lang;
  view: SupplierView;
  notice: string | null;
  /** For the secretariat: the administrations to choose among. */
  choices: readonly { code: string; name: string }[] | null;
}

export function SupplierPage({ lang, view, notice, choices }: SupplierPageProps) {
  const t = translator(lang);
  const draft = view.draft;
  const base = draft ? `/admin/releases/${draft.id}` : null;
  return (
    <>
      <h1>{t('supplier.title')}</h1>
      {choices && (
        <form method="get" action="/admin/supplier" class="admin-filter">
          <div class="form-group">
            <label class="form-label" for="field-administration">
              {t('supplier.choose')}
            </label>
            <select class="form-select" id="field-administration" name="administration">
              {choices.map((choice) => (
                <option value={choice.code} selected={choice.code === view.administration.code}>
                  {choice.name}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" class="button button-secondary">
            {t('supplier.show')}
          </button>
        </form>
      )}
      <p>{t('supplier.intro', { administration: view.administration.name })}</p>
      {notice && <Notice kind="success">{notice}</Notice>}
      {!draft || !base ? (
        <Notice kind="info">{t('supplier.noDraft')}</Notice>
      ) : (
        <>
          <h2>{t('supplier.draft', { release: draft.title })}</h2>
          <p>
            {view.stillMissing.length === 0
              ? t('supplier.allDelivered')
              : t('supplier.stillMissing', { n: view.stillMissing.length, m: view.indicators.length })}
          </p>
          <ul>
            <li>
              <a href={`${base}/import`}>{t('release.upload')}</a>
            </li>
            <li>
              <a href={`${base}/figures/new`}>{t('release.enterFigure')}</a>
            </li>
            <li>
              {t('supplier.template')}: <a href={`${base}/template?administration=${encodeURIComponent(view.administration.code)}`}>CSV</a> ·{' '}
              <a href={`${base}/template?administration=${encodeURIComponent(view.administration.code)}&format=xlsx`}>XLSX</a>
            </li>
          </ul>
        </>
      )}
      {view.indicators.length === 0 ? (
        <p>{t('supplier.none')}</p>
      ) : (
        <div class="table--responsive-scroll">
          <table class="table table--compact table--zebra">
            <caption>{view.policy.title}</caption>
            <thead>
              <tr>
                <th scope="col">{t('release.col.indicator')}</th>
                <th scope="col">{t('supplier.col.latest')}</th>
                <th scope="col">{t('supplier.col.next')}</th>
                <th scope="col">{t('supplier.col.inDraft')}</th>
                <th scope="col">{t('supplier.col.note')}</th>
                {base && <th scope="col">{t('release.col.action')}</th>}
              </tr>
            </thead>
            <tbody>
              {view.indicators.map((indicator) => (
                <tr>
                  <th scope="row">
                    {indicator.title} ({indicator.code})
                  </th>
                  <td>{indicator.latestPeriod ?? ''}</td>
                  <td>{indicator.nextPeriod ?? ''}</td>
                  <td>{indicator.figuresInDraft}</td>
                  <td>{[indicator.missing?.reason, indicator.missing?.expected].filter(Boolean).join(' · ')}</td>
                  {base && (
                    <td>
                      <a href={`${base}/template?indicator=${encodeURIComponent(indicator.code)}`}>{t('release.templateOne', { indicator: indicator.code })}</a>
                      <br />
                      <a href={`${base}/figures/new?indicator=${encodeURIComponent(indicator.code)}`}>{t('release.enterFigure')}</a>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
