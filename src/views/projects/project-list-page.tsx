// The public project list: search and filters, the number of matches, a CSV
// download of exactly what is shown, and one entry per project.
import type { Lang } from '../../domain/number-format.js';
import type { ProjectFilter } from '../../domain/projects/project-filter.js';
import { pick, translator } from '../../i18n/index.js';
import type { ProjectFilterChoices, PublicProjectSummary } from '../../services/projects/public-projects.js';
import { formatDate } from '../format-date.js';
import { ProjectFilterForm } from './project-filter-form.js';
import { ProjectStatusTag } from './project-status-tag.js';
import { csvDownloadPath, projectPagePath } from './project-paths.js';

/** Project texts are written in Danish; on the English pages they say so to screen readers. */
export const contentLang = (lang: Lang) => (lang === 'en' ? 'da' : undefined);

export function ProjectListPage(props: { lang: Lang; filter: ProjectFilter; choices: ProjectFilterChoices; projects: readonly PublicProjectSummary[] }) {
  const { lang, filter, projects } = props;
  const t = translator(lang);
  return (
    <>
      <h1>{t('projects.title')}</h1>
      <p class="font-lead">{t('projects.publicIntro')}</p>
      <ProjectFilterForm lang={lang} filter={filter} choices={props.choices} />
      <p class="project-count" role="status">
        {projects.length === 1 ? t('projects.countOne') : t('projects.count', { n: projects.length })}
        {' · '}
        <a href={csvDownloadPath(lang, filter)} download>
          {t('projects.download')}
        </a>
      </p>
      {projects.length === 0 ? (
        <p>{t('projects.none')}</p>
      ) : (
        <ul class="project-list nobullet-list">
          {projects.map((p) => (
            <li key={p.id}>
              <h2 class="h3">
                <a href={projectPagePath(lang, p.id)} lang={contentLang(lang)}>
                  {p.title}
                </a>
              </h2>
              <p class="responsible">
                <span lang={contentLang(lang)}>{p.owner}</span> · {pick(lang, p.committee.name.da, p.committee.name.en)} · {formatDate(p.startOn, lang)} –{' '}
                {formatDate(p.effectiveEndOn, lang)} <ProjectStatusTag lang={lang} status={p.status} />
              </p>
              {p.description && <p lang={contentLang(lang)}>{p.description}</p>}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
