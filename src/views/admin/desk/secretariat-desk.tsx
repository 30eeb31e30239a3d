// The secretariat's desk: deadlines (passed, then coming), the current
// release's completeness, open drafts, flagged projects and, for an
// administrator, the latest changes.
import { t, translator } from '../../../i18n/index.js';
import type { Lang } from '../../../i18n/index.js';
import type { SecretariatDesk } from '../../../services/desk/desk-types.js';
import { dateText } from '../admin-date.js';
import { FlaggedProjectsSection } from './flagged-projects.js';
import { OpenDraftsSection } from './open-drafts.js';
import { RecentChangesSection } from './recent-changes.js';
import { TasksByAssignee } from './task-list.js';

function DueSection({ lang, due }: { lang: Lang; due: SecretariatDesk['due'] }) {
  const t = translator(lang);
  return (
    <section aria-labelledby="desk-due">
      <h2 id="desk-due">{t('desk.due.title')}</h2>
      <h3>{t('desk.due.overdue')}</h3>
      {due.overdue.length === 0 ? <p>{t('desk.due.overdueNone')}</p> : <TasksByAssignee lang={lang} groups={due.overdue} />}
      <h3>{t('desk.due.soon', { days: due.days })}</h3>
      {due.dueSoon.length === 0 ? <p>{t('desk.due.soonNone', { days: due.days })}</p> : <TasksByAssignee lang={lang} groups={due.dueSoon} />}
    </section>
  );
}

function ReleaseSection({ lang, release }: { lang: Lang; release: SecretariatDesk['release'] }) {
  return (
    <section aria-labelledby="desk-release">
      <h2 id="desk-release">{t(lang, 'desk.release.title')}</h2>
      {release === null ? (
        <p>{t(lang, 'desk.release.none')}</p>
      ) : (
        <>
          <p>
            <a href={`/admin/releases/${release.id}`}>{release.title}</a> –{' '}
            {release.state === 'draft' ? t(lang, 'desk.release.draft') : t(lang, 'desk.release.published', { date: dateText(lang, release.publishedOn ?? '') })}
          </p>
          <p class="desk-figure">{t(lang, 'desk.release.completeness', { withFigure: release.withFigure, total: release.total })}</p>
          {release.missing.length > 0 && (
            <ul class="desk-list">
              {release.missing.map((m) => (
                <li>
                  {t(lang, 'desk.release.missing', { title: m.title })}
                  {m.owner && ` – ${t(lang, 'desk.release.owes', { owner: m.owner })}`}
                  {m.expected && `, ${t(lang, 'desk.release.expected', { expected: m.expected })}`}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}

export function SecretariatDeskView({ lang, desk }: { lang: Lang; desk: SecretariatDesk }) {
  return (
    <div class="desk-grid">
      <DueSection lang={lang} due={desk.due} />
      <ReleaseSection lang={lang} release={desk.release} />
      <OpenDraftsSection lang={lang} drafts={desk.drafts} />
      <FlaggedProjectsSection lang={lang} projects={desk.projects} />
      {desk.recentChanges && <RecentChangesSection lang={lang} changes={desk.recentChanges} />}
    </div>
  );
}
