// Draws a chart model as SVG on the server with ECharts' SSR renderer: one
// line per group (colour, dash and marker from chart-styles.ts), hollow
// markers for provisional figures, a dotted line and an axis label at the
// baseline, and a dashed line to the target. The legend is written in HTML
// beside the chart (chart-legend.tsx), where its text can be read, zoomed
// and translated like the rest of the page. Only the parts of ECharts a line
// chart needs are loaded, and hover states are switched off: nothing here is
// interactive, and leaving them out makes drawing faster.
import { LineChart } from 'echarts/charts';
import type { LineSeriesOption } from 'echarts/charts';
import { GridComponent, MarkLineComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { formatNumber } from '../../domain/number-format.js';
import type { ChartLine, ChartModel } from './chart-model.js';
import { BASELINE_COLOUR, INK, TARGET_STYLE, lineStyleOf } from './chart-styles.js';
import type { LineStyle } from './chart-styles.js';
import { cleanChartSvg } from './clean-chart-svg.js';

echarts.use([LineChart, GridComponent, MarkLineComponent, SVGRenderer]);

const FONT = 'IBM Plex Sans, Arial, sans-serif';

export interface ChartSize {
  readonly width: number;
  readonly height: number;
  /** Prefixes the SVG's internal ids, unique within the page. */
  readonly idPrefix: string;
  /** A small chart for the embeddable card: smaller type, less room around. */
  readonly compact?: boolean;
  /** Type size in the SVG's own pixels; a narrow chart shown on a phone needs it larger than 13 to stay readable. */
  readonly fontSize?: number;
  /** Room for the value axis' labels; panels drawn one above the other share it, so their time axes line up. */
  readonly valueAxisWidth?: number;
}

const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
const lineType = (style: LineStyle) => (style.dash.length === 0 ? 'solid' : [...style.dash]);

function lineSeries(line: ChartLine, index: number, model: ChartModel): LineSeriesOption {
  const style = lineStyleOf(line, index);
  return {
    type: 'line',
    name: line.name,
    silent: true,
    emphasis: { disabled: true },
    connectNulls: true,
    symbol: style.symbol,
    symbolSize: 8,
    color: style.colour,
    lineStyle: { width: style.width, type: lineType(style) },
    data: line.values.map((value, i) =>
      value === null ? null : line.provisional[i] ? { value, symbol: `empty${capitalise(style.symbol)}`, symbolSize: 10 } : value,
    ),
    // The dotted vertical line at the baseline, drawn once; its name is in the axis label below it.
    markLine:
      index === 0 && model.baseline
        ? {
            silent: true,
            symbol: 'none',
            label: { show: false },
            emphasis: { disabled: true },
            lineStyle: { color: BASELINE_COLOUR, type: 'dotted', width: 1.5 },
            data: [{ xAxis: model.baseline.index }],
          }
        : undefined,
  };
}

function targetSeries(model: ChartModel): LineSeriesOption[] {
  const target = model.target;
  if (!target) return [];
  return [
    {
      type: 'line',
      name: target.label,
      silent: true,
      emphasis: { disabled: true },
      connectNulls: true,
      color: TARGET_STYLE.colour,
      symbol: TARGET_STYLE.symbol,
      symbolSize: 9,
      lineStyle: { type: lineType(TARGET_STYLE), width: TARGET_STYLE.width },
      // The line starts at the baseline figure, which has its own marker; only the target gets one.
      data: model.categories.map((_, i) =>
        i === target.fromIndex ? { value: target.fromValue, symbol: 'none' } : i === target.toIndex ? target.toValue : null,
      ),
    },
  ];
}

/**
 * Room for the value axis' labels, from the widest figure the axis may show
 * (a little beyond the data). Giving ECharts fixed margins spares it
 * measuring every label to fit the grid, a tenth of its drawing time.
 */
export function valueAxisWidth(model: ChartModel, fontSize: number): number {
  const values = model.lines.flatMap((line) => line.values).filter((v): v is number => v !== null);
  if (model.target) values.push(model.target.toValue);
  const span = values.length ? Math.max(...values) - Math.min(...values) : 1;
  const widest = Math.max(...values.map((v) => formatNumber(Math.abs(v) + span, Math.min(model.decimals, 1), model.lang).length + 1), 3);
  return Math.ceil(widest * fontSize * 0.62) + 12;
}

/** The type size a chart of this size is drawn with. */
const fontSizeOf = (size: ChartSize) => size.fontSize ?? (size.compact ? 12 : 13);

/**
 * Every how many periods the time axis is labelled, so that labels do not
 * run into each other on a narrow chart or a long run of quarters. Counted
 * from the baseline, whose label must always show.
 */
export function periodLabelStep(categories: readonly string[], plotWidth: number, fontSize: number): number {
  if (categories.length < 2) return 1;
  const widest = Math.max(...categories.map((c) => c.length));
  const room = widest * fontSize * 0.62 + fontSize;
  return Math.max(1, Math.ceil(room / (plotWidth / (categories.length - 1))));
}

export function chartOption(model: ChartModel, size: ChartSize): echarts.EChartsCoreOption {
  const baseline = model.baseline;
  const fontSize = fontSizeOf(size);
  const grid = {
    left: size.valueAxisWidth ?? valueAxisWidth(model, fontSize),
    // Room for half the last period's label, which is centred on the plot's right edge.
    right: Math.max(size.compact ? 16 : 24, Math.ceil((model.categories.at(-1)?.length ?? 0) * fontSize * 0.31) + 4),
    top: size.compact ? 12 : 16,
    bottom: size.compact ? 40 : 48,
  };
  const step = periodLabelStep(model.categories, size.width - grid.left - grid.right, fontSize);
  const anchor = baseline?.index ?? 0;
  const isLabelled = (index: number) => (((index - anchor) % step) + step) % step === 0;
  // About one value line per 40 pixels of height: a low panel gets fewer, so its labels keep apart.
  const splitNumber = Math.max(2, Math.min(5, Math.floor((size.height - grid.top - grid.bottom) / 40)));
  return {
    animation: false,
    textStyle: { fontFamily: FONT, fontSize, color: INK },
    grid: { ...grid, outerBoundsMode: 'none' },
    xAxis: {
      type: 'category',
      boundaryGap: false,
      data: [...model.categories],
      axisLabel: {
        color: INK,
        fontSize,
        interval: isLabelled,
        formatter: (value: string, index: number) => (index === baseline?.index ? `${value}\n${baseline.label}` : value),
      },
      axisLine: { lineStyle: { color: BASELINE_COLOUR } },
    },
    yAxis: {
      type: 'value',
      scale: true,
      splitNumber,
      axisLabel: { color: INK, fontSize, formatter: (value: number) => formatNumber(value, Math.min(model.decimals, 1), model.lang) },
      splitLine: { lineStyle: { color: '#d9d9d9' } },
    },
    series: [...model.lines.map((line, i) => lineSeries(line, i, model)), ...targetSeries(model)],
  };
}

/** The chart as an SVG string, cleaned of ECharts' interaction markup. */
export function renderChartSvg(model: ChartModel, size: ChartSize): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: size.width, height: size.height });
  try {
    chart.setOption(chartOption(model, size));
    return cleanChartSvg(chart.renderToSVGString(), size.idPrefix);
  } finally {
    chart.dispose();
  }
}
