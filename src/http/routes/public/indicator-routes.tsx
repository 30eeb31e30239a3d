// The indicator page in both languages, and its downloads beside it: CSV
// with the header row in the page's language, JSON (the same document as the
// API's) and JSON-stat 2.0.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Lang } from '../../../i18n/index.js';
import { getIndicatorDetail } from '../../../services/public/indicator-detail.js';
import { renderPageChart } from '../../../views/charts/indicator-chart.js';
import { localized } from '../../../views/components/localized.js';
import { indicatorCsv } from '../../../views/downloads/indicator-csv.js';
import { indicatorJsonStat } from '../../../views/downloads/indicator-jsonstat.js';
import { toIndicatorDataJson } from '../../../views/open-data/present-indicators.js';
import { IndicatorPage } from '../../../views/pages/indicator-page.js';
import { DOWNLOAD_FILES, PATHS, routePattern } from '../../../views/site-paths.js';
import type { ResponseCache } from './response-cache.js';
import { LANGS, htmlPage, loadSiteContext, otherLang } from './page-support.js';

const params = (request: FastifyRequest) => request.params as { policy: string; indicator: string };
const JSON_TYPE = 'application/json; charset=utf-8';

/** A file name safe in a header, whatever the code holds. */
export const attachment = (name: string) => `attachment; filename="${name.replace(/[^\w.-]/g, '_')}"`;

export async function registerIndicatorRoutes(app: FastifyInstance, { cache }: { cache: ResponseCache }): Promise<void> {
  const detailFor = (request: FastifyRequest) => getIndicatorDetail(app.db, params(request).policy, params(request).indicator);

  for (const lang of LANGS) {
    const page = routePattern(lang, 'policies', ':policy', 'indicators', ':indicator');
    app.get(page, cache.handler(async (request) => {
      const [ctx, detail] = await Promise.all([loadSiteContext(app.db, lang), detailFor(request)]);
      const { paths } = ctx;
      const policy = detail.policy.code;
      const breadcrumbs = [
        { label: ctx.t('nav.home'), href: paths.home() },
        { label: localized(lang, detail.policy.title), href: paths.policy(policy) },
        { label: `${ctx.t('front.focusArea')} ${detail.focusArea.number}`, href: paths.focusArea(policy, detail.focusArea.code) },
        { label: `${ctx.t('front.goal')} ${detail.goal.number}`, href: paths.goal(policy, detail.goal.code) },
      ];
      const layout = {
        title: localized(lang, detail.indicator.title),
        otherLanguageHref: PATHS[otherLang(lang)].indicator(policy, detail.indicator.code),
        isDemoData: detail.isDemoData,
        breadcrumbs,
      };
      return htmlPage(ctx, layout, <IndicatorPage ctx={ctx} detail={detail} chart={renderPageChart(detail, lang)} />);
    }));
    registerDownloads(app, cache, lang, page, detailFor);
  }
}

function registerDownloads(app: FastifyInstance, cache: ResponseCache, lang: Lang, page: string, detailFor: (request: FastifyRequest) => ReturnType<typeof getIndicatorDetail>) {
  app.get(page + DOWNLOAD_FILES.csv, cache.handler(async (request) => {
    const detail = await detailFor(request);
    return { type: 'text/csv; charset=utf-8', body: indicatorCsv(detail, lang), headers: { 'content-disposition': attachment(`${detail.indicator.code}.csv`) } };
  }));
  app.get(page + DOWNLOAD_FILES.json, cache.handler(async (request) => ({
    type: JSON_TYPE,
    body: JSON.stringify(toIndicatorDataJson(await detailFor(request)), null, 2),
  })));
  app.get(page + DOWNLOAD_FILES.jsonstat, cache.handler(async (request) => ({
    type: JSON_TYPE,
    body: JSON.stringify(indicatorJsonStat(await detailFor(request), lang), null, 2),
  })));
}
