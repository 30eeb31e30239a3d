// /api/v1/policies, one policy, its goals and the statuses of everything in it.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { NotFound } from '../../../services/errors.js';
import { getPublicPolicyOverview } from '../../../services/public/policy-page-data.js';
import { listPublicPolicies } from '../../../services/public/public-policies.js';
import { apiPath, apiRoute } from '../../../views/open-data/api-paths.js';
import { toGoalJson, toPolicyJson, toPolicySummaryJson, toStatusesJson } from '../../../views/open-data/present-policies.js';
import type { ResponseCache } from '../public/response-cache.js';
import { jsonResponse } from './json-response.js';

const policyCode = (request: FastifyRequest) => (request.params as { policy: string }).policy;

export async function registerPolicyApi(app: FastifyInstance, { cache }: { cache: ResponseCache }): Promise<void> {
  const overviewFor = (request: FastifyRequest) => getPublicPolicyOverview(app.db, policyCode(request));

  app.get(
    apiPath.policies(),
    cache.handler(async () => jsonResponse((await listPublicPolicies(app.db)).map(toPolicySummaryJson))),
  );

  app.get(
    apiRoute.policy(':policy'),
    cache.handler(async (request) => {
      const [overview, policies] = await Promise.all([overviewFor(request), listPublicPolicies(app.db)]);
      const summary = policies.find((p) => p.code === overview.policy.code);
      if (!summary) throw new NotFound('error.policy.noSuchCode', { code: policyCode(request) });
      return jsonResponse(toPolicyJson(overview, summary));
    }),
  );

  app.get(
    apiRoute.goals(':policy'),
    cache.handler(async (request) => {
      const overview = await overviewFor(request);
      return jsonResponse(overview.focusAreas.flatMap((area) => area.goals.map((goal) => toGoalJson(goal, area.code))));
    }),
  );

  app.get(
    apiRoute.statuses(':policy'),
    cache.handler(async (request) => jsonResponse(toStatusesJson(await overviewFor(request)))),
  );
}
