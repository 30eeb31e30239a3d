// /api/v1/policies/{policy}/releases: every published release with its
// completeness; one release with every figure it brought or revised.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { requirePublicPolicy } from '../../../services/public/public-policies.js';
import { getReleaseSummary, listReleaseFigures, listReleaseSummaries } from '../../../services/public/release-history.js';
import { apiRoute } from '../../../views/open-data/api-paths.js';
import { toReleaseJson, toReleaseSummaryJson } from '../../../views/open-data/present-releases.js';
import type { ResponseCache } from '../public/response-cache.js';
import { jsonResponse } from './json-response.js';

const params = (request: FastifyRequest) => request.params as { policy: string; release: string };

export async function registerReleaseApi(app: FastifyInstance, { cache }: { cache: ResponseCache }): Promise<void> {
  app.get(apiRoute.releases(':policy'), cache.handler(async (request) => {
    const policy = await requirePublicPolicy(app.db, params(request).policy);
    return jsonResponse((await listReleaseSummaries(app.db, policy.id)).map((r) => toReleaseSummaryJson(policy.code, r)));
  }));
  app.get(apiRoute.release(':policy', ':release'), cache.handler(async (request) => {
    const policy = await requirePublicPolicy(app.db, params(request).policy);
    const release = await getReleaseSummary(app.db, policy.id, Number(params(request).release));
    return jsonResponse(toReleaseJson(policy.code, release, await listReleaseFigures(app.db, release.id)));
  }));
}
