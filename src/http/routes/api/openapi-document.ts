// The OpenAPI 3.1 document of the open-data API, at /api/v1/openapi.json.
// Its schemas are generated from the zod schemas the presenters are typed
// by (views/open-data/schemas.ts), so the description cannot drift from
// what the API sends.
import { z } from 'zod';
import { openDataRegistry } from '../../../views/open-data/schemas.js';
import { apiRoute } from '../../../views/open-data/api-paths.js';

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: object, description: string) => ({ description, content: { 'application/json': { schema } } });
const NOT_FOUND = { '404': json(ref('Error'), 'No such policy, indicator or release.') };
const policyParam = { name: 'policy', in: 'path', required: true, description: 'The policy code, as listed by /api/v1/policies.', schema: { type: 'string' } };
const indicatorParam = { name: 'indicator', in: 'path', required: true, description: "The indicator's code within its policy.", schema: { type: 'string' } };
const releaseParam = { name: 'release', in: 'path', required: true, description: "The release's number.", schema: { type: 'integer' } };

/** `/policies/:policy` → `/policies/{policy}`. */
const openApiPath = (route: string) => route.replace(/:(\w+)/g, '{$1}');

function get(summary: string, response: object, description: string, parameters: object[] = []) {
  return { get: { summary, parameters, responses: { '200': json(response, description), ...(parameters.length ? NOT_FOUND : {}) } } };
}

function componentSchemas(): Record<string, unknown> {
  const { schemas } = z.toJSONSchema(openDataRegistry, { uri: (id) => `#/components/schemas/${id}` });
  // Each component is embedded in this document; its own $schema and $id would only confuse readers.
  return Object.fromEntries(
    Object.entries(schemas).map(([name, schema]) => {
      const { $schema: _s, $id: _i, ...rest } = schema as Record<string, unknown>;
      return [name, rest];
    }),
  );
}

export function buildOpenApiDocument(): Record<string, unknown> {
  const list = (name: string) => ({ type: 'array', items: ref(name) });
  return {
    openapi: '3.1.0',
    info: {
      title: 'Barometer open data',
      version: '1.0.0',
      description:
        "The barometer's policies, goals, indicators, figures, statuses and releases. Texts come in Danish (da) and, where written, English (en). " +
        'Every response carries an ETag; send it back in If-None-Match to get 304 when nothing has changed. Any site may call the API from a browser.',
    },
    servers: [{ url: '/' }],
    paths: {
      [openApiPath(apiRoute.policies())]: get('Every public policy, newest first', list('PolicySummary'), 'The policies.'),
      [openApiPath(apiRoute.policy(':policy'))]: get('One policy with its focus areas and committees', ref('Policy'), 'The policy.', [policyParam]),
      [openApiPath(apiRoute.goals(':policy'))]: get("The policy's goals", list('Goal'), 'The goals.', [policyParam]),
      [openApiPath(apiRoute.indicators(':policy'))]: get("The policy's indicators and how each is judged", list('Indicator'), 'The indicators.', [policyParam]),
      [openApiPath(apiRoute.indicator(':policy', ':indicator'))]: get(
        'One indicator: definition, status, figures and revisions',
        ref('IndicatorData'),
        'The indicator.',
        [policyParam, indicatorParam],
      ),
      [openApiPath(apiRoute.series(':policy', ':indicator'))]: get("An indicator's figures per group and its headline series", ref('Series'), 'The series.', [
        policyParam,
        indicatorParam,
      ]),
      [openApiPath(apiRoute.statuses(':policy'))]: get('The status of every indicator, goal, focus area and committee', ref('Statuses'), 'The statuses.', [
        policyParam,
      ]),
      [openApiPath(apiRoute.releases(':policy'))]: get(
        'Every published release, newest first, with its completeness',
        list('ReleaseSummary'),
        'The releases.',
        [policyParam],
      ),
      [openApiPath(apiRoute.release(':policy', ':release'))]: get('One release with every figure it brought or revised', ref('Release'), 'The release.', [
        policyParam,
        releaseParam,
      ]),
    },
    components: { schemas: componentSchemas() },
  };
}
