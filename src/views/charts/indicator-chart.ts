// The chart of one indicator from its detail: its groups, its gap line when
// it is judged on a gap, the baseline the status used and the target.
import type { Lang } from '../../domain/number-format.js';
import { pick, translator } from '../../i18n/index.js';
import type { IndicatorDetail } from '../../services/public/indicator-detail.js';
import { hasOwnGroupUnit, unitOfGroups } from '../../domain/indicator-units.js';
import type { Text } from '../../domain/text.js';
import { unitLabel } from '../format-figure.js';
import { toChartModel } from './chart-model.js';
import type { ChartInput, ChartModel } from './chart-model.js';
import { renderChartSvg } from './render-chart-svg.js';
import type { ChartSize } from './render-chart-svg.js';

function indicatorChartModel(detail: IndicatorDetail, lang: Lang, options: { headlineOnly?: boolean } = {}): ChartModel {
  const t = translator(lang);
  const isGap = detail.indicator.headlineKind === 'gap';
  // The groups and the gap share one axis; where their units differ, each line's name says its unit.
  const ownUnits = hasOwnGroupUnit(detail.indicator);
  const named = (name: string, unit: Text) => (ownUnits ? `${name} (${unitLabel(unit, lang)})` : name);
  const headlineName = isGap
    ? named(t('indicator.gap'), detail.indicator.unit)
    : detail.headline.group
      ? pick(lang, detail.headline.group.name.da, detail.headline.group.name.en)
      : t('chart.total');
  const lines: ChartInput['lines'][number][] = options.headlineOnly
    ? [{ name: headlineName, kind: isGap ? 'gap' : 'group', points: detail.headlineSeries }]
    : detail.groups.map((g) => ({
        name: named(pick(lang, g.group.name.da, g.group.name.en), unitOfGroups(detail.indicator)),
        kind: 'group',
        points: g.points,
      }));
  if (isGap && !options.headlineOnly) lines.push({ name: headlineName, kind: 'gap', points: detail.headlineSeries });
  const headline = detail.judgement?.series.find((s) => s.key === detail.judgement?.headlineKey);
  return toChartModel({
    lang,
    precision: detail.indicator.precision,
    lines,
    baseline: headline?.baseline ? { period: headline.baseline.period, value: headline.baseline.value } : null,
    target: detail.indicator.target,
    labels: { baseline: t('indicator.baseline'), target: t('indicator.target') },
  });
}

export const PAGE_CHART: ChartSize = { width: 720, height: 360, idPrefix: 'chart' };
export const CARD_CHART: ChartSize = { width: 360, height: 160, idPrefix: 'card-chart', compact: true };

export interface RenderedChart {
  readonly model: ChartModel;
  readonly svg: string;
}

export function renderIndicatorChart(detail: IndicatorDetail, lang: Lang, size: ChartSize): RenderedChart {
  const model = indicatorChartModel(detail, lang, { headlineOnly: size.compact });
  return { model, svg: renderChartSvg(model, size) };
}
