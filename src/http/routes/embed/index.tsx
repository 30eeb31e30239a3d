// The embeddable indicator card at /embed/{da|en}/{policy}/{indicator}/: a
// small page meant for an iframe on the city's own site. Everything under
// /embed/ may be framed by other sites (see plugins/security-headers.ts);
// the rest of Barometer may not.
import fastifyCompress from '@fastify/compress';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Lang } from '../../../i18n/index.js';
import { getIndicatorDetail } from '../../../services/public/indicator-detail.js';
import { CARD_CHART, renderIndicatorChart } from '../../../views/charts/indicator-chart.js';
import { EmbedCard } from '../../../views/embed/embed-card.js';
import { EMBED_CSS } from '../../../views/embed/embed-css.js';
import { allowInlineStyle, styleHashOf } from '../../plugins/security-headers.js';
import { renderDocument } from '../../../views/render.js';
import { setPublicErrorHandler } from '../public/not-found.js';
import { HTML, LANGS, loadSiteContext } from '../public/page-support.js';
import { createResponseCache } from '../public/response-cache.js';
import type { ResponseCache } from '../public/response-cache.js';

/** The card carries its own <style> (it loads without the site's stylesheet): this one, and no other. */
const EMBED_STYLE = styleHashOf(EMBED_CSS);

const params = (request: FastifyRequest) => request.params as { policy: string; indicator: string };

export async function registerEmbeds(app: FastifyInstance, options: { cache?: ResponseCache } = {}): Promise<void> {
  await app.register(fastifyCompress, { global: true, threshold: 1024, encodings: ['br', 'gzip'] });
  setPublicErrorHandler(app);
  app.addHook('onRequest', async (_request, reply) => allowInlineStyle(reply, EMBED_STYLE));
  const cache = options.cache ?? createResponseCache(app.db);
  for (const lang of LANGS) {
    app.get(
      `/embed/${lang}/:policy/:indicator/`,
      cache.handler(async (request) => {
        const [ctx, detail] = await Promise.all([
          loadSiteContext(app.db, lang as Lang),
          getIndicatorDetail(app.db, params(request).policy, params(request).indicator),
        ]);
        return { type: HTML, body: renderDocument(<EmbedCard ctx={ctx} detail={detail} chartSvg={renderIndicatorChart(detail, lang, CARD_CHART).svg} />) };
      }),
    );
  }
}
