// Projects the rules flag, on the secretariat's desk: red two quarters in a
// row, past the end without a decision, ratings more than a quarter behind;
// each with its latest rating as a badge (colour, shape and word).
import { t } from '../../../i18n/index.js';
import type { Lang, MessageKey } from '../../../i18n/index.js';
import type { FlaggedProject, FlaggedProjects } from '../../../services/desk/desk-types.js';
import { RatingBadge } from '../projects/rating-badge.js';

const LISTS: readonly (readonly [keyof FlaggedProjects, MessageKey])[] = [
  ['redTwice', 'desk.projects.redTwice'],
  ['awaitingDecision', 'desk.projects.awaitingDecision'],
  ['ratingOverdue', 'desk.projects.ratingOverdue'],
];

function ProjectLine({ lang, project }: { lang: Lang; project: FlaggedProject }) {
  return (
    <li>
      <a href={`/admin/projects/${project.id}`}>{project.title}</a> ({project.committeeCode}),{' '}
      {project.latestRating ? (
        <>
          {t(lang, 'desk.projects.latest', { quarter: project.latestRating.quarter })} <RatingBadge lang={lang} rating={project.latestRating.rating} />
        </>
      ) : (
        t(lang, 'desk.projects.neverRated')
      )}
    </li>
  );
}

export function FlaggedProjectsSection({ lang, projects }: { lang: Lang; projects: FlaggedProjects }) {
  return (
    <section aria-labelledby="desk-projects">
      <h2 id="desk-projects">{t(lang, 'desk.projects.title')}</h2>
      {LISTS.map(([name, key]) => (
        <>
          <h3>{t(lang, key)}</h3>
          {projects[name].length === 0 ? (
            <p>{t(lang, 'desk.projects.none')}</p>
          ) : (
            <ul class="desk-list">
              {projects[name].map((project) => (
                <ProjectLine lang={lang} project={project} />
              ))}
            </ul>
          )}
        </>
      ))}
      <p>
        <a href="/admin/projects/board">{t(lang, 'desk.projects.board')}</a>
      </p>
    </section>
  );
}
