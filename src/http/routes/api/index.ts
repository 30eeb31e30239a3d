// The open-data API under /api/v1/: policies, goals, indicators, series,
// statuses and releases as JSON, described by an OpenAPI document. Anyone
// may read it, from any site: GET is allowed cross-origin. Responses go
// through the same response cache as the public pages, so they are as fresh
// and carry ETags; errors keep the app's JSON form ({ error, message }).
import type { FastifyInstance } from 'fastify';
import { createResponseCache } from '../public/response-cache.js';
import type { ResponseCache } from '../public/response-cache.js';
import { registerIndicatorApi } from './indicators-api.js';
import { buildOpenApiDocument } from './openapi-document.js';
import { registerPolicyApi } from './policies-api.js';
import { registerReleaseApi } from './releases-api.js';
import { API_ROOT, apiPath } from '../../../views/open-data/api-paths.js';
import { jsonResponse } from './json-response.js';

export async function registerOpenDataApi(app: FastifyInstance, options: { cache?: ResponseCache } = {}): Promise<void> {
  const cache = options.cache ?? createResponseCache(app.db);
  app.addHook('onRequest', async (request, reply) => {
    if (!request.url.startsWith(API_ROOT.slice(0, -1))) return;
    reply.header('access-control-allow-origin', '*').header('access-control-expose-headers', 'ETag');
  });
  app.options(`${API_ROOT}*`, async (_request, reply) =>
    reply
      .code(204)
      .header('access-control-allow-methods', 'GET, HEAD, OPTIONS')
      .header('access-control-allow-headers', 'Accept, If-None-Match')
      .header('access-control-max-age', '86400')
      .send(),
  );
  app.get(API_ROOT.slice(0, -1), async (_request, reply) => reply.redirect(API_ROOT, 301));
  app.get(
    API_ROOT,
    cache.handler(async () =>
      jsonResponse({
        name: 'Barometer open data',
        version: 'v1',
        openapi: apiPath.openapi(),
        policies: apiPath.policies(),
      }),
    ),
  );
  const openapi = JSON.stringify(buildOpenApiDocument());
  app.get(
    apiPath.openapi(),
    cache.handler(async () => ({ type: 'application/json; charset=utf-8', body: openapi })),
  );
  await app.register(registerPolicyApi, { cache });
  await app.register(registerIndicatorApi, { cache });
  await app.register(registerReleaseApi, { cache });
}
