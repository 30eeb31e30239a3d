// The handlers of the public project bank: the list, one project, and the
// list as CSV, each in Danish and English. A missing project gets a page in
// the language of its address, not the error handler's JSON.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Lang } from '../../../domain/number-format.js';
import { NotFound } from '../../../services/errors.js';
import { publicProjectsToCsv } from '../../../services/projects/project-csv.js';
import { getProjectFilterChoices, getPublicProject, listPublicProjects } from '../../../services/projects/public-projects.js';
import { ProjectListPage } from '../../../views/projects/project-list-page.js';
import { ProjectPage } from '../../../views/projects/project-page.js';
import { filterQuery, projectListPath, projectPagePath } from '../../../views/projects/project-paths.js';
import { readProjectFilter } from './filter-query.js';
import { sendProjectPage } from './render-project-page.js';
import { t } from '../../../i18n/index.js';
import { statusOf } from '../../status-of.js';

const other = (lang: Lang): Lang => (lang === 'da' ? 'en' : 'da');

export function projectListHandler(app: FastifyInstance, lang: Lang, today: () => string) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const filter = readProjectFilter(request.query);
    const [projects, choices] = await Promise.all([listPublicProjects(app.db, filter, today()), getProjectFilterChoices(app.db)]);
    return sendProjectPage(
      app,
      reply,
      { lang, title: t(lang, 'projects.title'), otherLanguageHref: `${projectListPath(other(lang))}${filterQuery(filter)}`, belowList: false },
      <ProjectListPage lang={lang} filter={filter} choices={choices} projects={projects} />,
    );
  };
}

export function projectPageHandler(app: FastifyInstance, lang: Lang, today: () => string) {
  return async (request: FastifyRequest<{ Params: { id: string } }>, reply: FastifyReply) => {
    const id = /^\d{1,9}$/.test(request.params.id) ? Number(request.params.id) : null;
    try {
      if (id === null) throw new NotFound('error.project.notANumber');
      const project = await getPublicProject(app.db, id, today());
      return await sendProjectPage(
        app,
        reply,
        { lang, title: project.title, otherLanguageHref: projectPagePath(other(lang), id), belowList: true },
        <ProjectPage lang={lang} project={project} />,
      );
    } catch (error) {
      if (!(error instanceof NotFound)) throw error;
      const title = t(lang, 'projects.notFound');
      return sendProjectPage(
        app,
        reply,
        { lang, title, otherLanguageHref: projectListPath(other(lang)), belowList: true, status: statusOf(error) },
        <>
          <h1>{title}</h1>
          <p>
            <a href={projectListPath(lang)}>{t(lang, 'projects.back')}</a>
          </p>
        </>,
      );
    }
  };
}

export function projectCsvHandler(app: FastifyInstance, lang: Lang, today: () => string) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const projects = await listPublicProjects(app.db, readProjectFilter(request.query), today());
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="${lang === 'da' ? 'projekter' : 'projects'}.csv"`)
      .send(publicProjectsToCsv(projects, lang));
  };
}
