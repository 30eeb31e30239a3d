// Indicators as open data: the definition, the series per group and the
// headline, the status with its explanation in both languages, and the
// revisions. data.json on every indicator page is the same document as the
// API's /indicators/{indicator}.
import type { IndicatorJudgement } from '../../domain/status/judgement.js';
import type { ChangeSince, StatusMethod } from '../../domain/status/types.js';
import { statusWords } from '../components/status-badge.js';
import type { FigurePoint } from '../../services/indicator-figures.js';
import type { Text } from '../../domain/text.js';
import { unitOfGroups } from '../../domain/indicator-units.js';
import type { IndicatorUnits } from '../../domain/indicator-units.js';
import type { CatalogueIndicator } from '../../services/public/indicator-catalogue.js';
import type { IndicatorDetail } from '../../services/public/indicator-detail.js';
import { PATHS } from '../site-paths.js';
import { apiPath } from './api-paths.js';
import type { IndicatorDataJson, IndicatorJson, IndicatorStatusJson, SeriesJson } from './schemas.js';

const textOf = (value: Text | null) => (value ? { da: value.da, en: value.en } : null);

/** The units in both languages; `unit` stays the Danish headline unit so clients written before keep working. */
const unitsOf = (indicator: IndicatorUnits) => ({
  unit: indicator.unit.da,
  units: { headline: textOf(indicator.unit)!, groups: textOf(unitOfGroups(indicator))! },
});

/** The indicator page's detail as an entry of the catalogue, so data.json and the API's list say the same. */
function catalogueEntryOf(detail: IndicatorDetail): CatalogueIndicator {
  return {
    policyCode: detail.policy.code,
    goalCode: detail.goal.code,
    indicator: detail.indicator,
    headlineGroupCode: detail.headline.group?.code ?? null,
    referenceGroupCode: detail.headline.reference?.code ?? null,
    dataOwner: detail.dataOwner,
  };
}

export function toIndicatorJson(entry: CatalogueIndicator): IndicatorJson {
  const { indicator, policyCode } = entry;
  return {
    code: indicator.code,
    goal: entry.goalCode,
    title: { da: indicator.title.da, en: indicator.title.en },
    description: textOf(indicator.description),
    ...unitsOf(indicator),
    precision: indicator.precision,
    direction: indicator.direction,
    headline: { kind: indicator.headlineKind, group: entry.headlineGroupCode, reference: entry.referenceGroupCode },
    baselinePeriod: indicator.baselinePeriod,
    target: indicator.target === null ? null : { value: indicator.target.value, period: indicator.target.period },
    tolerance: indicator.tolerance,
    method: indicator.method,
    isMain: indicator.isMain,
    source: textOf(indicator.source),
    dataOwner: textOf(entry.dataOwner),
    updateFrequency: indicator.updateFrequency,
    links: {
      self: apiPath.indicator(policyCode, indicator.code),
      series: apiPath.series(policyCode, indicator.code),
      page: PATHS.da.indicator(policyCode, indicator.code),
      pageEn: PATHS.en.indicator(policyCode, indicator.code),
    },
  };
}

const observation = (p: FigurePoint) => ({ period: p.period, value: p.value, provisional: p.provisional, estimated: p.estimated });

export function toSeriesJson(detail: IndicatorDetail): SeriesJson {
  return {
    indicator: detail.indicator.code,
    ...unitsOf(detail.indicator),
    precision: detail.indicator.precision,
    groups: detail.groups.map((g) => ({ group: { code: g.group.code, name: textOf(g.group.name)! }, observations: g.points.map(observation) })),
    headline: { kind: detail.indicator.headlineKind, observations: detail.headlineSeries.map(observation) },
  };
}

const change = (since: ChangeSince | undefined) =>
  since ? { from: { period: since.from.period, value: since.from.value }, change: since.change, status: since.status } : null;

export function toIndicatorStatusJson(code: string, method: StatusMethod, judgement: IndicatorJudgement | null, explanation: Text | null): IndicatorStatusJson {
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
    indicator: toIndicatorJson(catalogueEntryOf(detail)),
    status: toIndicatorStatusJson(detail.indicator.code, detail.indicator.method, detail.judgement, detail.explanation),
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
