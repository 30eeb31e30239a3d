// The pages about the barometer itself, in both languages: the archive of
// policies, the method in plain language, and the open data.
import type { FastifyInstance } from 'fastify';
import { listPublicPolicies } from '../../../services/public/public-policies.js';
import { ArchivePage } from '../../../views/pages/archive-page.js';
import { MethodologyPage } from '../../../views/pages/methodology/methodology-page.js';
import { OpenDataPage } from '../../../views/pages/open-data-page.js';
import { PATHS } from '../../../views/site-paths.js';
import type { ResponseCache } from './response-cache.js';
import { LANGS, htmlPage, loadSiteContext, otherLang } from './page-support.js';

export async function registerInfoRoutes(app: FastifyInstance, { cache }: { cache: ResponseCache }): Promise<void> {
  for (const lang of LANGS) {
    const paths = PATHS[lang];
    const other = PATHS[otherLang(lang)];
    const home = (label: string) => [{ label, href: paths.home() }];

    app.get(paths.archive(), cache.handler(async () => {
      const [ctx, policies] = await Promise.all([loadSiteContext(app.db, lang), listPublicPolicies(app.db)]);
      const layout = { title: ctx.t('archive.title'), otherLanguageHref: other.archive(), isDemoData: ctx.settings.demo_data, breadcrumbs: home(ctx.t('nav.home')), current: 'archive' as const };
      return htmlPage(ctx, layout, <ArchivePage ctx={ctx} policies={policies} />);
    }));

    app.get(paths.methodology(), cache.handler(async () => {
      const ctx = await loadSiteContext(app.db, lang);
      const layout = { title: ctx.t('nav.methodology'), otherLanguageHref: other.methodology(), isDemoData: false, breadcrumbs: home(ctx.t('nav.home')), current: 'methodology' as const };
      return htmlPage(ctx, layout, <MethodologyPage ctx={ctx} />);
    }));

    app.get(paths.openData(), cache.handler(async () => {
      const ctx = await loadSiteContext(app.db, lang);
      const layout = { title: ctx.t('openData.title'), otherLanguageHref: other.openData(), isDemoData: false, breadcrumbs: home(ctx.t('nav.home')), current: 'openData' as const };
      return htmlPage(ctx, layout, <OpenDataPage ctx={ctx} />);
    }));
  }
}
