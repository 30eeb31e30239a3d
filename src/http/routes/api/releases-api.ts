// /api/v1/policies/{policy}/releases: every published release with its
// completeness; one release with every figure it brought or revised.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { getPolicyRelease, listPolicyReleases } from '../../../services/public/release-history.js';
import { apiRoute } from '../../../views/open-data/api-paths.js';
import { toReleaseJson, toReleaseSummaryJson } from '../../../views/open-data/present-releases.js';
import type { ResponseCache } from '../public/response-cache.js';
import { jsonResponse } from './json-response.js';

const params = (request: FastifyRequest) => request.params as { policy: string; release: string };

export async function registerReleaseApi(app: FastifyInstance, { cache }: { cache: ResponseCache }): Promise<void> {
  app.get(
    apiRoute.releases(':policy'),
    cache.handler(async (request) => {
      const { policy, releases } = await listPolicyReleases(app.db, params(request).policy);
      return jsonResponse(releases.map((r) => toReleaseSummaryJson(policy.code, r)));
    }),
  );
  app.get(
    apiRoute.release(':policy', ':release'),
    cache.handler(async (request) => {
      const { policy, release, figures } = await getPolicyRelease(app.db, params(request).policy, Number(params(request).release));
      return jsonResponse(toReleaseJson(policy.code, release, figures));
    }),
  );
}
