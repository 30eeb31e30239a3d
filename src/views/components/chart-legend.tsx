// The chart's legend in HTML: each line's name beside a small drawing of its
// colour, dash and marker (the same styles ECharts drew with), the target
// line, and the hollow marker of a provisional figure when there is one.
import type { VNode } from 'preact';
import type { ChartModel } from '../charts/chart-model.js';
import { TARGET_STYLE, lineStyleOf } from '../charts/chart-styles.js';
import type { LineStyle, MarkerShape } from '../charts/chart-styles.js';

const MARKERS: Record<MarkerShape, (fill: string, stroke: string) => VNode> = {
  circle: (fill, stroke) => <circle cx="14" cy="7" r="4" fill={fill} stroke={stroke} stroke-width="1.5" />,
  rect: (fill, stroke) => <rect x="10" y="3" width="8" height="8" fill={fill} stroke={stroke} stroke-width="1.5" />,
  roundRect: (fill, stroke) => <rect x="10" y="3" width="8" height="8" rx="2" fill={fill} stroke={stroke} stroke-width="1.5" />,
  triangle: (fill, stroke) => <path d="M14 2 L19 11 L9 11 Z" fill={fill} stroke={stroke} stroke-width="1.5" />,
  diamond: (fill, stroke) => <path d="M14 2 L19 7 L14 12 L9 7 Z" fill={fill} stroke={stroke} stroke-width="1.5" />,
};

function Swatch({ style, hollow = false, line = true }: { style: LineStyle; hollow?: boolean; line?: boolean }) {
  return (
    <svg class="legend-swatch" width="28" height="14" viewBox="0 0 28 14" aria-hidden="true" focusable="false">
      {line && <line x1="0" y1="7" x2="28" y2="7" stroke={style.colour} stroke-width={style.width} stroke-dasharray={style.dash.join(' ') || undefined} />}
      {MARKERS[style.symbol](hollow ? '#fff' : style.colour, style.colour)}
    </svg>
  );
}

export function ChartLegend({ model, provisionalLabel }: { model: ChartModel; provisionalLabel: string | null }) {
  return (
    <ul class="chart-legend">
      {model.lines.map((line, index) => (
        <li key={index}>
          <Swatch style={lineStyleOf(line, index)} />
          {line.name}
        </li>
      ))}
      {model.target && (
        <li>
          <Swatch style={TARGET_STYLE} />
          {model.target.label}
        </li>
      )}
      {provisionalLabel && (
        <li>
          <Swatch style={lineStyleOf({ kind: 'group' }, 0)} hollow line={false} />
          {provisionalLabel}
        </li>
      )}
    </ul>
  );
}
