// The public project bank as a Fastify plugin: the list with search and
// filters at `/projekter` (Danish) and `/en/projects` (English), one page per
// project below it, and the (filtered) list as CSV at `/projekter.csv` and
// `/en/projects.csv`. Only public fields are read; there is no other kind.
import type { FastifyInstance } from 'fastify';
import { toIsoDate } from '../../../services/change-context.js';
import { projectCsvPath, projectListPath } from '../../../views/projects/project-paths.js';
import { projectCsvHandler, projectListHandler, projectPageHandler } from './project-routes.js';

export interface ProjectBankRouteOptions {
  /** The day a project's status is judged on (`YYYY-MM-DD`); today by default. */
  today?: () => string;
}

export async function registerProjectBankRoutes(app: FastifyInstance, options: ProjectBankRouteOptions = {}): Promise<void> {
  const today = options.today ?? (() => toIsoDate(new Date()));
  for (const lang of ['da', 'en'] as const) {
    app.get(projectListPath(lang), projectListHandler(app, lang, today));
    // The site's other pages end in `/`, so people type this one that way too.
    app.get(`${projectListPath(lang)}/`, async (request, reply) => {
      const query = request.url.indexOf('?');
      return reply.redirect(projectListPath(lang) + (query === -1 ? '' : request.url.slice(query)), 301);
    });
    app.get(projectCsvPath(lang), projectCsvHandler(app, lang, today));
    app.get(`${projectListPath(lang)}/:id`, projectPageHandler(app, lang, today));
  }
}
