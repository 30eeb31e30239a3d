// A list of projects with their committee, period, co-funding, status, latest
// rating and the next step the rules ask for. The secretariat's list has a
// search and filters; a project owner's has only its own projects.
import type { ComponentChildren } from 'preact';
import { t, translator } from '../../../i18n/index.js';
import { formatKroner } from '../../../i18n/format.js';
import type { AdminProjectRow } from '../../../services/projects/admin-projects.js';
import type { MessageKey, Lang } from '../../../i18n/index.js';
import { AdminDate } from '../admin-date.js';

type T = (key: MessageKey, values?: Record<string, string | number>) => string;

export function nextStep(t: T, row: Pick<AdminProjectRow, 'assessment'>): string {
  const { escalation, isAwaitingDecision, isRatingOverdue, isMonitored } = row.assessment;
  const steps: string[] = [];
  if (escalation.isOpen && escalation.level !== 'none') steps.push(t(`escalation.${escalation.level}`));
  if (isAwaitingDecision) steps.push(t('escalation.awaiting_decision'));
  if (isRatingOverdue) steps.push(t('escalation.rating_overdue'));
  if (steps.length === 0) return isMonitored ? '–' : t('projects.notMonitored');
  return steps.join('; ');
}

function ProjectTable({ lang, rows, caption }: { lang: Lang; rows: readonly AdminProjectRow[]; caption: string }) {
  const t = translator(lang);
  if (rows.length === 0) return <p>{t('common.empty')}</p>;
  return (
    <div class="table--responsive-scroll">
      <table class="table table--zebra">
        <caption class="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('projects.col.title')}</th>
            <th scope="col">{t('projects.col.committee')}</th>
            <th scope="col">{t('projects.col.period')}</th>
            <th scope="col">{t('projects.col.cofunding')}</th>
            <th scope="col">{t('projects.col.status')}</th>
            <th scope="col">{t('projects.col.latest')}</th>
            <th scope="col">{t('projects.col.flag')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr>
              <th scope="row">
                <a href={`/admin/projects/${row.id}`}>{row.title}</a>
              </th>
              <td>{row.committee.code}</td>
              <td>
                <AdminDate lang={lang} date={row.startOn} /> – <AdminDate lang={lang} date={row.assessment.effectiveEndOn} />
              </td>
              <td>{formatKroner(lang, row.cofundingKr)}</td>
              <td>{t(`status.${row.assessment.status}`)}</td>
              <td>{row.latestReport ? `${row.latestReport.quarter}: ${t(`rating.short.${row.latestReport.rating}`)}` : '–'}</td>
              <td>{nextStep(t, row)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function ProjectListPage({
  lang,
  title,
  intro,
  rows,
  actions,
  filters,
}: {
  lang: Lang;
  title: string;
  intro: string;
  rows: readonly AdminProjectRow[];
  actions?: ComponentChildren;
  filters?: ComponentChildren;
}) {
  return (
    <>
      <h1>{title}</h1>
      <p>{intro}</p>
      {actions}
      {filters}
      <ProjectTable lang={lang} rows={rows} caption={title} />
      <p>{t(lang, 'common.count', { count: rows.length })}</p>
    </>
  );
}
