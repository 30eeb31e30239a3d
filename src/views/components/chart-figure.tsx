// A server-drawn chart on a page with its legend. The SVG itself is hidden
// from assistive technology; the wrapper is an image with a text alternative
// that names what the chart shows and points to the table with the same
// figures, and the legend is ordinary text.
import type { ComponentChildren } from 'preact';
import type { RenderedChart } from '../charts/indicator-chart.js';
import type { SiteContext } from '../site-context.js';
import { ChartLegend } from './chart-legend.js';

export interface ChartFigureProps {
  ctx: SiteContext;
  chart: RenderedChart;
  label: string;
  caption: ComponentChildren;
  /** The legend's words for a hollow marker, when the chart has provisional figures. */
  provisionalLabel: string | null;
}

export function ChartFigure({ ctx, chart, label, caption, provisionalLabel }: ChartFigureProps) {
  return (
    <figure class="chart-figure">
      {/* ECharts' SVG writer escapes every text it draws (see clean-chart-svg.ts). */}
      <div class="chart" role="img" aria-label={label} dangerouslySetInnerHTML={{ __html: chart.svg }} />
      <ChartLegend model={chart.model} provisionalLabel={provisionalLabel} />
      <figcaption>
        {caption} {ctx.t('chart.seeTable')}
      </figcaption>
    </figure>
  );
}
