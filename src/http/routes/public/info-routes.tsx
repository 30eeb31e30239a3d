// The pages about the barometer itself, in both languages: the archive of
// policies, the method in plain language, and the open data with every
// figure of the policy in force in one CSV or JSON file beside it.
import type { FastifyInstance } from 'fastify';
import { NotFound } from '../../../services/errors.js';
import { getCurrentPolicyFigures } from '../../../services/public/all-figures.js';
import type { PolicyFigures } from '../../../services/public/all-figures.js';
import { listPublicPolicies } from '../../../services/public/public-policies.js';
import { allFiguresCsv } from '../../../views/downloads/indicator-csv.js';
import { toIndicatorDataJson } from '../../../views/open-data/present-indicators.js';
import { LICENCE_URL } from '../../../views/pages/open-data-page.js';
import { ArchivePage } from '../../../views/pages/archive-page.js';
import { MethodologyPage } from '../../../views/pages/methodology/methodology-page.js';
import { OpenDataPage } from '../../../views/pages/open-data-page.js';
import { PATHS } from '../../../views/site-paths.js';
import type { SiteContext } from '../../../views/site-context.js';
import { municipalityName } from '../../../views/site-context.js';
import { attachment } from './indicator-routes.js';
import type { ResponseCache } from './response-cache.js';
import { LANGS, htmlPage, loadSiteContext, otherLang } from './page-support.js';

/** Every figure as one JSON document: the licence and source, then each indicator as its own data.json has it. */
function allFiguresJson(ctx: SiteContext, figures: PolicyFigures) {
  return {
    policy: { code: figures.policy.code, title: figures.policy.title },
    licence: { name: 'CC BY 4.0', url: LICENCE_URL },
    source: municipalityName(ctx),
    indicators: figures.indicators.map(toIndicatorDataJson),
  };
}

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
      const [ctx, figures] = await Promise.all([loadSiteContext(app.db, lang), getCurrentPolicyFigures(app.db)]);
      const layout = { title: ctx.t('openData.title'), otherLanguageHref: other.openData(), isDemoData: false, breadcrumbs: home(ctx.t('nav.home')), current: 'openData' as const };
      return htmlPage(ctx, layout, <OpenDataPage ctx={ctx} currentPolicy={figures?.policy.title ?? null} />);
    }));

    const figuresOrNotFound = async () => {
      const figures = await getCurrentPolicyFigures(app.db);
      if (!figures) throw new NotFound('error.policy.noneInForce');
      return figures;
    };
    app.get(paths.allFigures('csv'), cache.handler(async () => {
      const figures = await figuresOrNotFound();
      const body = allFiguresCsv(figures.indicators, lang);
      return { type: 'text/csv; charset=utf-8', body, headers: { 'content-disposition': attachment(`${figures.policy.code}.csv`) } };
    }));
    app.get(paths.allFigures('json'), cache.handler(async () => {
      const [ctx, figures] = await Promise.all([loadSiteContext(app.db, lang), figuresOrNotFound()]);
      return { type: 'application/json; charset=utf-8', body: JSON.stringify(allFiguresJson(ctx, figures), null, 2) };
    }));
  }
}
