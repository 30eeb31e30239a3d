// The economic overview on screen: per committee its initiatives' amounts
// year by year with the committee's totals, then the whole city's totals;
// and the link to the same overview as an XLSX workbook.
import { formatKroner } from '../../../i18n/format.js';
import { pick, translator } from '../../../i18n/index.js';
import type { EconomicOverview } from '../../../services/plans/economic-overview.js';
import { Field } from '../forms/field.js';
import { FilterForm } from '../forms/filter-form.js';
import type { Option } from '../forms/form-values.js';
import type { Lang } from '../../../i18n/index.js';

export interface EconomyPageProps {
  lang: Lang;
  overview: EconomicOverview;
  years: readonly Option[];
  committees: readonly Option[];
  filter: { year: string; committee: string };
  downloadHref: string;
}

export function EconomyPage({ lang, overview, years, committees, filter, downloadHref }: EconomyPageProps) {
  const t = translator(lang);
  const kr = (amount: number) => formatKroner(lang, amount);
  const shown = { values: filter, errors: {} };
  return (
    <>
      <h1>{t('economy.title', { year: overview.planYear })}</h1>
      <p>{t('economy.intro', { year: overview.planYear })}</p>
      <FilterForm action="/admin/plans/economy" lang={lang}>
        <Field lang={lang} shown={shown} spec={{ kind: 'select', name: 'year', label: t('plans.filterYear'), options: years, required: true }} />
        <Field
          lang={lang}
          shown={shown}
          spec={{
            kind: 'select',
            name: 'committee',
            label: t('plans.filterCommittee'),
            options: committees,
            emptyLabel: t('economy.wholeCity'),
            required: true,
          }}
        />
      </FilterForm>
      <p>
        <a class="button button-secondary" href={downloadHref}>
          {t('economy.download')}
        </a>
      </p>
      {overview.committees.length === 0 && <p>{t('economy.none')}</p>}
      {overview.committees.map((economy) => (
        <div class="table--responsive-scroll">
          <table class="table table--compact">
            <caption>
              <a href={`/admin/plans/${economy.planId}`}>{pick(lang, economy.committee.name.da, economy.committee.name.en)}</a>
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('economy.initiative')}</th>
                {overview.years.map((year) => (
                  <th scope="col">{year}</th>
                ))}
                <th scope="col">{t('economy.total')}</th>
              </tr>
            </thead>
            <tbody>
              {economy.initiatives.map((initiative) => (
                <tr>
                  <th scope="row">{initiative.title}</th>
                  {initiative.amountsByYear.map((amount) => (
                    <td>{kr(amount)}</td>
                  ))}
                  <td>{kr(initiative.total)}</td>
                </tr>
              ))}
              <tr>
                <th scope="row">{t('economy.total')}</th>
                {economy.totalsByYear.map((amount) => (
                  <td>
                    <strong>{kr(amount)}</strong>
                  </td>
                ))}
                <td>
                  <strong>{kr(economy.total)}</strong>
                </td>
              </tr>
            </tbody>
          </table>
        </div>
      ))}
      {overview.committees.length > 1 && (
        <table class="table table--compact">
          <caption>{t('economy.cityTotal')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('economy.committee')}</th>
              {overview.years.map((year) => (
                <th scope="col">{year}</th>
              ))}
              <th scope="col">{t('economy.total')}</th>
            </tr>
          </thead>
          <tbody>
            {overview.committees.map((economy) => (
              <tr>
                <th scope="row">{pick(lang, economy.committee.name.da, economy.committee.name.en)}</th>
                {economy.totalsByYear.map((amount) => (
                  <td>{kr(amount)}</td>
                ))}
                <td>{kr(economy.total)}</td>
              </tr>
            ))}
            <tr>
              <th scope="row">{t('economy.total')}</th>
              {overview.totalsByYear.map((amount) => (
                <td>
                  <strong>{kr(amount)}</strong>
                </td>
              ))}
              <td>
                <strong>{kr(overview.total)}</strong>
              </td>
            </tr>
          </tbody>
        </table>
      )}
      <p>
        <a href="/admin/plans">{t('plans.title')}</a>
      </p>
    </>
  );
}
