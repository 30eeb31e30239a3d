// A project owner's desk: its projects, each with its status, its latest
// rating as a badge and what the owner is to do.
import { t } from '../../../i18n/index.js';
import type { Lang } from '../../../i18n/index.js';
import type { OwnerDesk, OwnerDue, OwnerProject } from '../../../services/desk/desk-types.js';
import { dateText } from '../admin-date.js';
import { RatingBadge } from '../projects/rating-badge.js';

function dueWords(lang: Lang, due: OwnerDue): string {
  switch (due.kind) {
    case 'escalation':
      return t(lang, `escalation.${due.level}`);
    case 'rating':
      return t(lang, 'desk.owner.rating', { quarter: due.quarter });
    case 'evaluation':
      return due.plannedFor
        ? t(lang, 'desk.owner.evaluation', { date: dateText(lang, due.plannedFor), method: due.method })
        : t(lang, 'desk.owner.evaluationUndated', { method: due.method });
    case 'decision':
      return t(lang, 'desk.owner.decision', { date: dateText(lang, due.endedOn) });
  }
}

function ProjectEntry({ lang, project, today }: { lang: Lang; project: OwnerProject; today: string }) {
  return (
    <li>
      <a href={`/admin/projects/${project.id}`}>{project.title}</a> – {t(lang, `status.${project.status}`)},{' '}
      {t(lang, project.endOn < today ? 'desk.owner.ended' : 'desk.owner.ends', { date: dateText(lang, project.endOn) })}
      {project.latestRating && (
        <>
          {', '}
          {t(lang, 'desk.projects.latest', { quarter: project.latestRating.quarter })} <RatingBadge lang={lang} rating={project.latestRating.rating} />
        </>
      )}
      {project.due.length === 0 ? (
        <p>{t(lang, 'desk.owner.nothingDue')}</p>
      ) : (
        <ul>
          {project.due.map((due) => (
            <li>{dueWords(lang, due)}</li>
          ))}
        </ul>
      )}
    </li>
  );
}

export function OwnerDeskView({ lang, desk, today }: { lang: Lang; desk: OwnerDesk; today: string }) {
  return (
    <section aria-labelledby="desk-projects">
      <h2 id="desk-projects">{t(lang, 'dashboard.projects')}</h2>
      {desk.projects.length === 0 ? (
        <p>{t(lang, 'dashboard.noProjects')}</p>
      ) : (
        <ul class="desk-list desk-projects">
          {desk.projects.map((project) => (
            <ProjectEntry lang={lang} project={project} today={today} />
          ))}
        </ul>
      )}
    </section>
  );
}
