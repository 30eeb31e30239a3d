// One action plan in one of its versions: its initiatives with their result
// targets, the indicator that shows each one's progress (and that
// indicator's status today), owner, period, goals and budget per year; and
// every version of the plan, each viewable.
import { formatKroner } from '../../../i18n/format.js';
import { pick, t, translator } from '../../../i18n/index.js';
import type { IndicatorProgress } from '../../../services/plans/plan-choices.js';
import type { InitiativeView } from '../../../services/plans/plan-initiatives.js';
import type { ActionPlanView } from '../../../services/plans/plan-views.js';
import { Notice } from '../forms/notice.js';
import type { MessageKey, Lang } from '../../../i18n/index.js';
import { AdminDate, momentText } from '../admin-date.js';

type T = (key: MessageKey, values?: Record<string, string | number>) => string;

/** An indicator's status in words, as the public barometer says it. */
function statusWords(lang: Lang, progress: IndicatorProgress | undefined): string | null {
  if (!progress?.status) return null;
  return t(lang, `status.${progress.status}` as MessageKey) ?? progress.status;
}

function Initiative({
  initiative,
  index,
  lang,
  t,
  progress,
}: {
  initiative: InitiativeView;
  index: number;
  lang: Lang;
  t: T;
  progress: ReadonlyMap<string, IndicatorProgress>;
}) {
  const indicator = initiative.indicatorCode ? progress.get(initiative.indicatorCode) : undefined;
  const words = statusWords(lang, indicator);
  const total = initiative.budgets.reduce((sum, b) => sum + b.amountKr, 0);
  return (
    <section class="admin-initiative">
      <h3>
        {t('plans.initiative', { n: index + 1 })}: {initiative.title}
      </h3>
      {initiative.description && <p>{initiative.description}</p>}
      <dl>
        <dt>{t('plans.resultTarget')}</dt>
        <dd>{initiative.resultTarget}</dd>
        {initiative.indicatorCode && (
          <>
            <dt>{t('plans.indicator')}</dt>
            <dd>
              {indicator ? pick(lang, indicator.title.da, indicator.title.en) : initiative.indicatorCode}
              {' – '}
              <span class={`admin-status admin-status-${indicator?.colour ?? 'grey'}`}>
                {words ? t('plans.indicatorStatus', { status: words }) : t('plans.indicatorNoStatus')}
              </span>
            </dd>
          </>
        )}
        {initiative.owner && (
          <>
            <dt>{t('plans.owner')}</dt>
            <dd>{initiative.owner}</dd>
          </>
        )}
        <dt>{t('plans.period')}</dt>
        <dd>{initiative.firstYear === initiative.lastYear ? initiative.firstYear : `${initiative.firstYear}–${initiative.lastYear}`}</dd>
        {initiative.goals.length > 0 && (
          <>
            <dt>{t('plans.goals')}</dt>
            <dd>{initiative.goals.map((g) => `${lang === 'da' ? 'Mål' : 'Goal'} ${g.number}`).join(', ')}</dd>
          </>
        )}
      </dl>
      {initiative.budgets.length === 0 ? (
        <p>{t('plans.noBudget')}</p>
      ) : (
        <table class="table table--compact">
          <caption>{t('plans.budget')}</caption>
          <thead>
            <tr>
              {initiative.budgets.map((b) => (
                <th scope="col">{b.year}</th>
              ))}
              <th scope="col">{t('plans.budgetTotal')}</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              {initiative.budgets.map((b) => (
                <td>{formatKroner(lang, b.amountKr)}</td>
              ))}
              <td>{formatKroner(lang, total)}</td>
            </tr>
          </tbody>
        </table>
      )}
    </section>
  );
}

export function PlanPage({
  lang,
  plan,
  progress,
  canEdit,
  notice,
}: {
  lang: Lang;
  plan: ActionPlanView;
  progress: ReadonlyMap<string, IndicatorProgress>;
  canEdit: boolean;
  notice: string | null;
}) {
  const t = translator(lang);
  const latest = plan.versions.at(-1)!;
  const isLatest = plan.shown.number === latest.number;
  const committee = pick(lang, plan.committee.name.da, plan.committee.name.en);
  return (
    <>
      <h1>{t('plans.heading', { committee, year: plan.year })}</h1>
      {notice && <Notice kind="success">{notice}</Notice>}
      <p>
        {t('plans.showingVersion', { number: plan.shown.number, count: plan.versions.length })}
        {isLatest ? ` (${t('plans.current')})` : ''}
      </p>
      {!isLatest && (
        <Notice kind="info">
          {t('plans.olderNotice', { number: latest.number })} <a href={`/admin/plans/${plan.id}`}>{t('plans.version', { number: latest.number })}</a>
        </Notice>
      )}
      {canEdit && (
        <p>
          <a class="button button-primary" href={`/admin/plans/${plan.id}/revise`}>
            {t('plans.revise')}
          </a>
        </p>
      )}
      <h2>{plan.shown.title}</h2>
      {plan.shown.summary && <p>{plan.shown.summary}</p>}
      {plan.shown.approvedOn && (
        <p>
          {t('plans.approvedOn')}: {plan.shown.approvedOn && <AdminDate lang={lang} date={plan.shown.approvedOn} />}
        </p>
      )}
      {plan.shown.revisionNote && (
        <p>
          {t('plans.revisionNote')}: {plan.shown.revisionNote}
        </p>
      )}
      <h2>{t('plans.initiatives')}</h2>
      {plan.shown.initiatives.length === 0 && <p>{t('plans.noInitiatives')}</p>}
      {plan.shown.initiatives.map((initiative, index) => (
        <Initiative initiative={initiative} index={index} lang={lang} t={t} progress={progress} />
      ))}
      <h2>{t('plans.versions')}</h2>
      <div class="table--responsive-scroll">
        <table class="table table--zebra">
          <caption class="sr-only">{t('plans.versions')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('plans.col.version')}</th>
              <th scope="col">{t('plans.col.title')}</th>
              <th scope="col">{t('plans.revisionNote')}</th>
              <th scope="col">{t('plans.col.approved')}</th>
            </tr>
          </thead>
          <tbody>
            {[...plan.versions].reverse().map((version) => (
              <tr>
                <th scope="row">
                  {version.number === plan.shown.number ? (
                    <span aria-current="page">{t('plans.version', { number: version.number })}</span>
                  ) : (
                    <a href={`/admin/plans/${plan.id}?version=${version.number}`}>{t('plans.version', { number: version.number })}</a>
                  )}
                  {version.number === latest.number ? ` (${t('plans.current')})` : ''}
                </th>
                <td>{version.title}</td>
                <td>
                  {version.revisionNote ?? '–'}
                  <br />
                  <small>{t('plans.createdBy', { at: momentText(lang, version.createdAt), by: version.createdBy })}</small>
                </td>
                <td>{version.approvedOn ? <AdminDate lang={lang} date={version.approvedOn} /> : '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p>
        <a href="/admin/plans">{t('plans.title')}</a>
      </p>
    </>
  );
}
