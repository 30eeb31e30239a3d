// Indicators as open data: the definition, the series per group and the
// headline, the status with its explanation in both languages, and the
// revisions. data.json on every indicator page is the same document as the
// API's /indicators/{indicator}.
import type { IndicatorJudgement } from '../../domain/status/judgement.js';
import type { ChangeSince } from '../../domain/status/types.js';
import { statusWords } from '../components/status-badge.js';
import type { FigurePoint } from '../../services/indicator-figures.js';
import type { Text } from '../../services/policy-overview.js';
import type { IndicatorDefinition } from '../../services/public/indicator-catalogue.js';
import type { IndicatorDetail } from '../../services/public/indicator-detail.js';
import { PATHS } from '../site-paths.js';
import { apiPath } from './api-paths.js';
import type { IndicatorDataJson, IndicatorJson, IndicatorStatusJson, SeriesJson } from './schemas.js';

const textOf = (value: Text | null) => (value ? { da: value.da, en: value.en } : null);

export function definitionOf(detail: IndicatorDetail): IndicatorDefinition {
  return {
    policyCode: detail.policy.code,
    goalCode: detail.goal.code,
    row: detail.row,
    headlineGroupCode: detail.headline.group?.code ?? null,
    referenceGroupCode: detail.headline.reference?.code ?? null,
    dataOwner: detail.dataOwner,
    method: detail.method,
  };
}

export function toIndicatorJson(def: IndicatorDefinition): IndicatorJson {
  const row = def.row;
  return {
    code: row.code,
    goal: def.goalCode,
    title: { da: row.title_da, en: row.title_en },
    description: row.description_da ? { da: row.description_da, en: row.description_en } : null,
    unit: row.unit,
    precision: row.precision,
    direction: row.direction,
    headline: { kind: row.headline_kind, group: def.headlineGroupCode, reference: def.referenceGroupCode },
    baselinePeriod: row.baseline_period,
    target: row.target_value === null ? null : { value: row.target_value, period: row.target_period },
    tolerance: row.tolerance,
    method: def.method,
    isMain: row.is_main === 1,
    source: row.source_da ? { da: row.source_da, en: row.source_en } : null,
    dataOwner: textOf(def.dataOwner),
    updateFrequency: row.update_frequency,
    links: {
      self: apiPath.indicator(def.policyCode, row.code),
      series: apiPath.series(def.policyCode, row.code),
      page: PATHS.da.indicator(def.policyCode, row.code),
      pageEn: PATHS.en.indicator(def.policyCode, row.code),
    },
  };
}

const observation = (p: FigurePoint) => ({ period: p.period, value: p.value, provisional: p.provisional, estimated: p.estimated });

export function toSeriesJson(detail: IndicatorDetail): SeriesJson {
  return {
    indicator: detail.row.code,
    unit: detail.row.unit,
    precision: detail.row.precision,
    groups: detail.groups.map((g) => ({ group: { code: g.group.code, name: textOf(g.group.name)! }, observations: g.points.map(observation) })),
    headline: { kind: detail.row.headline_kind, observations: detail.headlineSeries.map(observation) },
  };
}

const change = (since: ChangeSince | undefined) =>
  since ? { from: { period: since.from.period, value: since.from.value }, change: since.change, status: since.status } : null;

export function toIndicatorStatusJson(code: string, method: IndicatorDetail['method'], judgement: IndicatorJudgement | null, explanation: Text | null): IndicatorStatusJson {
  const headline = judgement?.series.find((s) => s.key === judgement.headlineKey);
  const status = judgement?.status ?? null;
  return {
    indicator: code,
    status,
    colour: judgement?.colour ?? 'grey',
    method,
    label: { da: statusWords('da', status ?? 'no_data'), en: statusWords('en', status ?? 'no_data') },
    explanation: textOf(explanation),
    latest: headline?.latest ? { period: headline.latest.period, value: headline.latest.value } : null,
    baseline: headline?.baseline ? { period: headline.baseline.period, value: headline.baseline.value } : null,
    sinceBaseline: change(headline?.sinceBaseline),
    sincePrevious: change(headline?.sincePrevious),
    score: judgement?.score ?? null,
  };
}

export function toIndicatorDataJson(detail: IndicatorDetail): IndicatorDataJson {
  return {
    policy: detail.policy.code,
    indicator: toIndicatorJson(definitionOf(detail)),
    status: toIndicatorStatusJson(detail.row.code, detail.method, detail.judgement, detail.explanation),
    series: toSeriesJson(detail),
    revisions: detail.revisions.map((r) => ({
      period: r.period,
      group: r.group.code,
      oldValue: r.oldValue,
      newValue: r.newValue,
      reason: r.reason,
      release: r.release.id,
      publishedOn: r.release.publishedOn,
    })),
    lastUpdate: detail.lastUpdate?.publishedOn ?? null,
  };
}
