// A server-drawn chart on a page with its legend. The pictures are hidden
// from assistive technology; the wrapper is an image with a text alternative
// that names what the chart shows and points to the table with the same
// figures, and the legend is ordinary text. A gap indicator's chart has two
// panels, each titled; every panel comes wide and narrow, and the stylesheet
// shows the one that fits the screen (see indicator-chart.ts).
import type { ComponentChildren } from 'preact';
import type { ChartPanelKind } from '../charts/chart-panels.js';
import type { RenderedPageChart } from '../charts/indicator-chart.js';
import type { SiteContext } from '../site-context.js';
import { ChartLegend } from './chart-legend.js';

export interface ChartFigureProps {
  ctx: SiteContext;
  chart: RenderedPageChart;
  label: string;
  caption: ComponentChildren;
  /** The legend's words for a hollow marker, when the chart has provisional figures. */
  provisionalLabel: string | null;
}

const PANEL_TITLE = { gap: 'chart.gapPanel', groups: 'chart.groupsPanel', single: null } as const satisfies Record<ChartPanelKind, string | null>;

export function ChartFigure({ ctx, chart, label, caption, provisionalLabel }: ChartFigureProps) {
  const split = chart.panels.length > 1;
  return (
    <figure class="chart-figure">
      <div class="chart" role="img" aria-label={split ? `${label} ${ctx.t('chart.panels')}` : label}>
        {chart.panels.map((panel) => {
          const title = PANEL_TITLE[panel.kind];
          return (
            <div class={`chart-panel chart-panel--${panel.kind}`} key={panel.kind}>
              {title && <p class="chart-panel-title">{ctx.t(title)}</p>}
              {/* ECharts' SVG writer escapes every text it draws (see clean-chart-svg.ts). */}
              <div class="chart-wide" dangerouslySetInnerHTML={{ __html: panel.wide }} />
              <div class="chart-narrow" dangerouslySetInnerHTML={{ __html: panel.narrow }} />
            </div>
          );
        })}
      </div>
      <ChartLegend model={chart.model} provisionalLabel={provisionalLabel} />
      <figcaption>
        {caption} {ctx.t('chart.seeTable')}
      </figcaption>
    </figure>
  );
}
