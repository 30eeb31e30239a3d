// How each line of a chart looks: colour, dash and marker shape, shared by
// the SVG drawn by ECharts and the legend written in HTML beside it, so the
// two always agree. Colours have at least 4.5:1 contrast on white; shapes
// and dashes tell the lines apart without colour.
import type { ChartLine } from './chart-model.js';

export type MarkerShape = 'circle' | 'rect' | 'triangle' | 'diamond' | 'roundRect';

export interface LineStyle {
  readonly colour: string;
  readonly symbol: MarkerShape;
  /** Dash pattern in pixels; empty for a solid line. */
  readonly dash: readonly number[];
  readonly width: number;
}

const GROUP_STYLES: readonly LineStyle[] = [
  { colour: '#1b5e9e', symbol: 'circle', dash: [], width: 2 },
  { colour: '#a6400a', symbol: 'rect', dash: [8, 3], width: 2 },
  { colour: '#2e6b30', symbol: 'triangle', dash: [2, 3], width: 2 },
  { colour: '#6a3d9a', symbol: 'diamond', dash: [10, 3, 2, 3], width: 2 },
  { colour: '#8a3060', symbol: 'roundRect', dash: [4, 4], width: 2 },
];
const GAP_STYLE: LineStyle = { colour: '#1a1a1a', symbol: 'diamond', dash: [], width: 3 };

export const TARGET_STYLE: LineStyle = { colour: '#555555', symbol: 'circle', dash: [6, 4], width: 1.5 };
export const BASELINE_COLOUR = '#555555';
export const INK = '#1a1a1a';

/** The style of the line at `index` among the chart's lines (groups take turns; the gap is always black). */
export function lineStyleOf(line: Pick<ChartLine, 'kind'>, index: number): LineStyle {
  return line.kind === 'gap' ? GAP_STYLE : GROUP_STYLES[index % GROUP_STYLES.length]!;
}
