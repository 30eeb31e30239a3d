// Every direction-method status as the pages show it: colour, symbol and words.
import type { StatusCode, StatusColour } from '../../domain/status/types.js';
import type { SiteContext } from '../site-context.js';
import { StatusBadge } from './status-badge.js';

const LEGEND: readonly [StatusCode, StatusColour][] = [
  ['progress', 'green'],
  ['target_reached', 'green'],
  ['unchanged', 'yellow'],
  ['regress', 'red'],
  ['no_data', 'grey'],
];

export function StatusLegend({ ctx }: { ctx: SiteContext }) {
  return (
    <ul class="status-legend">
      {LEGEND.map(([status, colour]) => (
        <li key={status}>
          <StatusBadge lang={ctx.lang} status={status} colour={colour} />
        </li>
      ))}
    </ul>
  );
}
