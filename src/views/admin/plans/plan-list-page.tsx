// The list of action plans, filtered by year and committee, each linking to
// its page; with the way to a new plan and to the economic overview.
import { pick, translator } from '../../../i18n/index.js';
import type { ActionPlanSummary } from '../../../services/plans/plan-views.js';
import { Field } from '../forms/field.js';
import { FilterForm } from '../forms/filter-form.js';
import type { Option } from '../forms/form-values.js';
import type { Lang } from '../../../i18n/index.js';
import { AdminDate } from '../admin-date.js';

export interface PlanListProps {
  lang: Lang;
  plans: readonly ActionPlanSummary[];
  years: readonly Option[];
  committees: readonly Option[];
  filter: { year: string; committee: string };
  canEdit: boolean;
  economyYear: number | null;
}

export function PlanListPage({ lang, plans, years, committees, filter, canEdit, economyYear }: PlanListProps) {
  const t = translator(lang);
  const shown = { values: filter, errors: {} };
  return (
    <>
      <h1>{t('plans.title')}</h1>
      <p>{t('plans.intro')}</p>
      <p>
        {canEdit && (
          <a class="button button-primary" href="/admin/plans/new">
            {t('plans.new')}
          </a>
        )}{' '}
        {canEdit && economyYear !== null && (
          <a class="button button-secondary" href={`/admin/plans/economy?year=${economyYear}`}>
            {t('plans.economy')}
          </a>
        )}
      </p>
      <FilterForm action="/admin/plans" lang={lang}>
        <Field
          lang={lang}
          shown={shown}
          spec={{ kind: 'select', name: 'year', label: t('plans.filterYear'), options: years, emptyLabel: t('common.all'), required: true }}
        />
        {committees.length > 1 && (
          <Field
            lang={lang}
            shown={shown}
            spec={{ kind: 'select', name: 'committee', label: t('plans.filterCommittee'), options: committees, emptyLabel: t('common.all'), required: true }}
          />
        )}
      </FilterForm>
      {plans.length === 0 ? (
        <p>{t('common.empty')}</p>
      ) : (
        <div class="table--responsive-scroll">
          <table class="table table--zebra">
            <caption class="sr-only">{t('plans.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('plans.col.title')}</th>
                <th scope="col">{t('plans.col.committee')}</th>
                <th scope="col">{t('plans.col.year')}</th>
                <th scope="col">{t('plans.col.version')}</th>
                <th scope="col">{t('plans.col.approved')}</th>
              </tr>
            </thead>
            <tbody>
              {plans.map((plan) => (
                <tr>
                  <th scope="row">
                    <a href={`/admin/plans/${plan.id}`}>{plan.latestVersion.title}</a>
                  </th>
                  <td>{pick(lang, plan.committee.name.da, plan.committee.name.en)}</td>
                  <td>{plan.year}</td>
                  <td>{plan.latestVersion.number}</td>
                  <td>{plan.latestVersion.approvedOn ? <AdminDate lang={lang} date={plan.latestVersion.approvedOn} /> : '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p>{t('common.count', { count: plans.length })}</p>
    </>
  );
}
