// The open-data API: every endpoint answers with the document its schema
// (and so the OpenAPI document) describes, GET is allowed from any origin,
// and unknown things are JSON 404s. On both engines.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  GoalSchema,
  IndicatorDataSchema,
  IndicatorSchema,
  PolicySchema,
  PolicySummarySchema,
  ReleaseSchema,
  ReleaseSummarySchema,
  SeriesSchema,
  StatusesSchema,
} from '../../src/views/open-data/schemas.js';
import { ENGINES } from '../support/databases.js';
import { CURRENT, startPublicApp } from './public-app.js';
import type { PublicApp } from './public-app.js';

describe.each(ENGINES)('the open-data API on %s', (engine) => {
  let site: PublicApp;
  beforeAll(async () => {
    site = await startPublicApp(engine);
  });
  afterAll(() => site.close());
  const getJson = async <T extends z.ZodType>(url: string, schema: T): Promise<z.infer<T>> => {
    const response = await site.app.inject({ method: 'GET', url, headers: { origin: 'https://example.org' } });
    expect(response.statusCode, url).toBe(200);
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(response.headers['access-control-allow-origin']).toBe('*');
    return schema.parse(response.json());
  };

  it('lists the policies and describes one with its focus areas and committees', async () => {
    const policies = await getJson('/api/v1/policies', z.array(PolicySummarySchema));
    expect(policies.map((p) => [p.code, p.isCurrent])).toEqual([[CURRENT, true], ['integrationspolitik-2007-2010', false]]);
    const policy = await getJson(policies[0]!.links.self, PolicySchema);
    expect(policy.focusAreas.map((a) => a.goals.length)).toEqual([1, 2, 3, 2]);
    expect(policy.committees.find((c) => c.code === 'BIU')?.leadGoals).toEqual(['mal-2', 'mal-6', 'mal-7', 'mal-8']);
  });

  it('gives goals, indicators, one indicator and its series', async () => {
    const goals = await getJson(`/api/v1/policies/${CURRENT}/goals`, z.array(GoalSchema));
    expect(goals.map((g) => g.number)).toEqual([1, 2, 3, 4, 5, 7, 6, 8]);
    const indicators = await getJson(`/api/v1/policies/${CURRENT}/indicators`, z.array(IndicatorSchema));
    expect(indicators).toHaveLength(15);
    const gap = indicators.find((i) => i.code === 'karakterforskel')!;
    expect(gap.headline).toEqual({ kind: 'gap', group: 'tosprogede', reference: 'etsprogede' });
    const data = await getJson(gap.links.self, IndicatorDataSchema);
    expect(data.status.explanation?.da).toContain('tolerancen på 0,1 karakterpoint');
    const series = await getJson(gap.links.series, SeriesSchema);
    expect(series.headline.observations.map((o) => Math.round(o.value * 10) / 10)).toEqual([-1.5, -1.4, -1.3]);
  });

  it('gives the status of every indicator, goal, focus area and committee', async () => {
    const statuses = await getJson(`/api/v1/policies/${CURRENT}/statuses`, StatusesSchema);
    expect(statuses.indicators.find((s) => s.indicator === 'tryghed')).toMatchObject({ status: 'progress', colour: 'green', sinceBaseline: { change: 2.8, status: 'progress' } });
    expect(statuses.indicators.find((s) => s.indicator === 'ledere-minoritet')).toMatchObject({ status: 'no_data', colour: 'grey' });
    // Focus area 2 has 1 of 3 forward: no real majority, so yellow (METHODS.md, "Rolling up").
    expect(statuses.focusAreas.map((a) => a.colour)).toEqual(['yellow', 'yellow', 'green', 'red']);
    expect(statuses.focusAreas[1]).toMatchObject({ verdict: 'mixed', judged: 3, words: { da: 'Blandet billede: 1 af 3 i fremgang og 2 uændrede; 1 uden data' } });
    expect(statuses.overall).toMatchObject({ colour: 'yellow', verdict: 'mixed', judged: 14 });
    expect(statuses.committees.find((c) => c.code === 'BIU')?.basis).toBe('majority');
  });

  it('lists the releases with their completeness and gives one with its figures', async () => {
    const releases = await getJson(`/api/v1/policies/${CURRENT}/releases`, z.array(ReleaseSummarySchema));
    expect(releases.map((r) => [r.withFigure, r.total, r.revisionCount])).toEqual([[14, 15, 1], [14, 15, 0], [15, 15, 0]]);
    expect(releases[0]!.missing).toEqual([
      expect.objectContaining({ indicator: 'ledere-minoritet', missingSince: '2010', administration: { da: 'Økonomiforvaltningen', en: 'Finance Administration' } }),
    ]);
    const release = await getJson(releases[0]!.links.self, ReleaseSchema);
    expect(release.figures.filter((f) => f.replacedValue !== null)).toEqual([
      expect.objectContaining({ indicator: 'beskaeftigelsesfrekvens', period: '2011', value: 52.1, replacedValue: 52 }),
    ]);
  });

  it('publishes an OpenAPI 3.1 document naming every path and schema', async () => {
    const document = (await site.app.inject({ url: '/api/v1/openapi.json' })).json() as { openapi: string; paths: Record<string, unknown>; components: { schemas: Record<string, { $id?: string }> } };
    expect(document.openapi).toBe('3.1.0');
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(['/api/v1/policies/{policy}/indicators/{indicator}/series', '/api/v1/policies/{policy}/releases/{release}']));
    expect(Object.keys(document.components.schemas)).toEqual(expect.arrayContaining(['Policy', 'Indicator', 'Series', 'Statuses', 'Release', 'Error']));
    expect(JSON.stringify(document)).not.toContain('"$id"');
  });

  it('answers a cross-origin preflight and unknown things with JSON 404s', async () => {
    const preflight = await site.app.inject({ method: 'OPTIONS', url: '/api/v1/policies', headers: { origin: 'https://example.org', 'access-control-request-method': 'GET' } });
    expect(preflight.statusCode).toBe(204);
    expect(preflight.headers['access-control-allow-origin']).toBe('*');
    expect(preflight.headers['access-control-allow-methods']).toContain('GET');
    for (const url of ['/api/v1/policies/nope', `/api/v1/policies/${CURRENT}/indicators/nope/series`, `/api/v1/policies/${CURRENT}/releases/0`]) {
      const response = await site.app.inject({ url });
      expect(response.statusCode, url).toBe(404);
      expect(response.json()).toMatchObject({ error: 'not_found' });
    }
  });
});
