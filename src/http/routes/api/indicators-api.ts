// /api/v1/policies/{policy}/indicators: every indicator's definition; one
// indicator with its status, series and revisions; its series alone.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { listCatalogueIndicators } from '../../../services/public/indicator-catalogue.js';
import { getIndicatorDetail } from '../../../services/public/indicator-detail.js';
import { apiRoute } from '../../../views/open-data/api-paths.js';
import { toIndicatorDataJson, toIndicatorJson, toSeriesJson } from '../../../views/open-data/present-indicators.js';
import type { ResponseCache } from '../public/response-cache.js';
import { jsonResponse } from './json-response.js';

const params = (request: FastifyRequest) => request.params as { policy: string; indicator: string };

export async function registerIndicatorApi(app: FastifyInstance, { cache }: { cache: ResponseCache }): Promise<void> {
  const detailFor = (request: FastifyRequest) => getIndicatorDetail(app.db, params(request).policy, params(request).indicator);

  app.get(
    apiRoute.indicators(':policy'),
    cache.handler(async (request) => jsonResponse((await listCatalogueIndicators(app.db, params(request).policy)).map(toIndicatorJson))),
  );
  app.get(
    apiRoute.indicator(':policy', ':indicator'),
    cache.handler(async (request) => jsonResponse(toIndicatorDataJson(await detailFor(request)))),
  );
  app.get(
    apiRoute.series(':policy', ':indicator'),
    cache.handler(async (request) => jsonResponse(toSeriesJson(await detailFor(request)))),
  );
}
