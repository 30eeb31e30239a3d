// A policy's releases in both languages: the list, and each release with its
// figures, revisions and missing figures.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { getPolicyRelease, listPolicyReleases } from '../../../services/public/release-history.js';
import { readSiteSettings } from '../../../services/site-settings.js';
import { localized } from '../../../views/components/localized.js';
import { ReleasePage } from '../../../views/pages/release-page.js';
import { ReleasesPage } from '../../../views/pages/releases-page.js';
import { PATHS, routePattern } from '../../../views/site-paths.js';
import type { ResponseCache } from './response-cache.js';
import { LANGS, htmlPage, loadSiteContext, otherLang } from './page-support.js';

const params = (request: FastifyRequest) => request.params as { policy: string; release: string };

export async function registerReleaseRoutes(app: FastifyInstance, { cache }: { cache: ResponseCache }): Promise<void> {
  for (const lang of LANGS) {
    const other = PATHS[otherLang(lang)];

    app.get(routePattern(lang, 'policies', ':policy', 'releases'), cache.handler(async (request) => {
      const [{ policy, releases }, ctx, settings] = await Promise.all([
        listPolicyReleases(app.db, params(request).policy),
        loadSiteContext(app.db, lang),
        readSiteSettings(app.db),
      ]);
      const breadcrumbs = [
        { label: ctx.t('nav.home'), href: ctx.paths.home() },
        { label: localized(lang, policy.title), href: ctx.paths.policy(policy.code) },
      ];
      const layout = { title: ctx.t('releases.title'), otherLanguageHref: other.releases(policy.code), isDemoData: settings.demo_data, breadcrumbs, current: 'releases' as const };
      return htmlPage(ctx, layout, <ReleasesPage ctx={ctx} policy={policy} releases={releases} />);
    }));

    app.get(routePattern(lang, 'policies', ':policy', 'releases', ':release'), cache.handler(async (request) => {
      const { policy, release, figures } = await getPolicyRelease(app.db, params(request).policy, Number(params(request).release));
      const [ctx, settings] = await Promise.all([loadSiteContext(app.db, lang), readSiteSettings(app.db)]);
      const breadcrumbs = [
        { label: ctx.t('nav.home'), href: ctx.paths.home() },
        { label: localized(lang, policy.title), href: ctx.paths.policy(policy.code) },
        { label: ctx.t('releases.title'), href: ctx.paths.releases(policy.code) },
      ];
      const layout = { title: localized(lang, release.title), otherLanguageHref: other.release(policy.code, release.id), isDemoData: settings.demo_data, breadcrumbs };
      return htmlPage(ctx, layout, <ReleasePage ctx={ctx} policyCode={policy.code} release={release} figures={figures} />);
    }));
  }
}
