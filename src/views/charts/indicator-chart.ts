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
import { chartPanels } from './chart-panels.js';
import type { ChartPanelKind } from './chart-panels.js';
import { renderChartSvg, valueAxisWidth } from './render-chart-svg.js';
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

export const CARD_CHART: ChartSize = { width: 360, height: 160, idPrefix: 'card-chart', compact: true };

export interface RenderedChart {
  readonly model: ChartModel;
  readonly svg: string;
}

export function renderIndicatorChart(detail: IndicatorDetail, lang: Lang, size: ChartSize): RenderedChart {
  const model = indicatorChartModel(detail, lang, { headlineOnly: size.compact });
  return { model, svg: renderChartSvg(model, size) };
}

/**
 * The page's chart is drawn twice: wide for screens from about 46em, and
 * narrow for phones, where the wide one scaled down to 360 px would shrink
 * its 13 px type to 6 px. The narrow one has the width of a phone, larger
 * type and fewer period labels; CSS shows one of the two (barometer.css), so
 * it works without JavaScript and in the static export.
 */
type PanelSizes = Record<ChartPanelKind, { readonly width: number; readonly height: number }>;
const WIDE: { sizes: PanelSizes; fontSize: number } = {
  sizes: { single: { width: 720, height: 360 }, gap: { width: 720, height: 240 }, groups: { width: 720, height: 210 } },
  fontSize: 13,
};
const NARROW: { sizes: PanelSizes; fontSize: number } = {
  sizes: { single: { width: 360, height: 280 }, gap: { width: 360, height: 220 }, groups: { width: 360, height: 190 } },
  fontSize: 14,
};

export interface RenderedPanel {
  readonly kind: ChartPanelKind;
  readonly wide: string;
  readonly narrow: string;
}

export interface RenderedPageChart {
  /** The whole chart, for the legend. */
  readonly model: ChartModel;
  /** Headline first. */
  readonly panels: readonly RenderedPanel[];
}

export function renderPageChart(detail: IndicatorDetail, lang: Lang): RenderedPageChart {
  return renderChartPanels(indicatorChartModel(detail, lang));
}

/** Every panel of the chart, wide and narrow. */
export function renderChartPanels(model: ChartModel): RenderedPageChart {
  const panels = chartPanels(model);
  const draw = (variant: typeof WIDE, name: string) => {
    // One value-axis width for all panels, from every figure, so the panels' periods line up.
    const room = valueAxisWidth(model, variant.fontSize);
    return panels.map(({ kind, model: panel }) =>
      renderChartSvg(panel, { ...variant.sizes[kind], fontSize: variant.fontSize, valueAxisWidth: room, idPrefix: `chart-${kind}-${name}` }),
    );
  };
  const [wide, narrow] = [draw(WIDE, 'wide'), draw(NARROW, 'narrow')];
  return { model, panels: panels.map(({ kind }, i) => ({ kind, wide: wide[i]!, narrow: narrow[i]! })) };
}
