// Wraps a project-bank page in the public site's layout, with the site's
// context (names, navigation, stylesheet) and breadcrumbs back to the list.
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ComponentChildren } from 'preact';
import type { Lang } from '../../../domain/number-format.js';
import type { Crumb } from '../../../views/components/breadcrumbs.js';
import { PageLayout } from '../../../views/layouts/page-layout.js';
import { projectListPath } from '../../../views/projects/project-paths.js';
import { renderDocument } from '../../../views/render.js';
import { loadSiteContext } from '../public/page-support.js';
import { t } from '../../../i18n/index.js';

export interface ProjectPageFrame {
  lang: Lang;
  title: string;
  /** The same page in the other language. */
  otherLanguageHref: string;
  /** False for the list itself, which is then the last crumb. */
  belowList: boolean;
  status?: number;
}

export async function sendProjectPage(app: FastifyInstance, reply: FastifyReply, frame: ProjectPageFrame, body: ComponentChildren) {
  const ctx = await loadSiteContext(app.db, frame.lang);
  const breadcrumbs: Crumb[] = [{ label: ctx.t('nav.home'), href: ctx.paths.home() }];
  if (frame.belowList) breadcrumbs.push({ label: t(frame.lang, 'projects.title'), href: projectListPath(frame.lang) });
  const html = renderDocument(
    <PageLayout
      ctx={ctx}
      title={frame.title}
      otherLanguageHref={frame.otherLanguageHref}
      isDemoData={ctx.settings.demo_data}
      breadcrumbs={breadcrumbs}
      current="projects"
    >
      {body}
    </PageLayout>,
  );
  return reply
    .status(frame.status ?? 200)
    .type('text/html; charset=utf-8')
    .send(html);
}
