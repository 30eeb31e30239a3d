// Turns an indicator's published measurements into the series a reader sees
// and the status engine judges: one series per group, and the headline (the
// total, a focus group, or the gap between the focus and reference groups).
import { gapSeries } from '../domain/status/gap-series.js';
import type { StatusIndicatorInput, StatusMethod } from '../domain/status/types.js';
import type { IndicatorRow, MeasurementRow } from '../db/tables.js';
import { toStatusUnit } from '../domain/indicator-units.js';
import { text } from '../domain/text.js';

export interface FigurePoint {
  readonly period: string;
  readonly value: number;
  readonly provisional: boolean;
  readonly estimated: boolean;
}

export interface GroupSeries {
  readonly groupId: number;
  readonly points: readonly FigurePoint[];
}

export interface IndicatorFigures {
  readonly groups: readonly GroupSeries[];
  /** The series the indicator is judged on. */
  readonly headline: readonly FigurePoint[];
}

/** Groups the indicator's measurements (for its default area), oldest period first. */
export function toIndicatorFigures(indicator: IndicatorRow, measurements: readonly MeasurementRow[], totalGroupId: number | null): IndicatorFigures {
  const byGroup = new Map<number, FigurePoint[]>();
  const sorted = [...measurements]
    .filter((m) => m.indicator_id === indicator.id && (indicator.default_area_id === null || m.area_id === indicator.default_area_id))
    .sort((a, b) => a.period_sort - b.period_sort);
  for (const m of sorted) {
    const points = byGroup.get(m.group_id) ?? [];
    points.push({ period: m.period, value: m.value, provisional: m.is_provisional === 1, estimated: m.is_estimated === 1 });
    byGroup.set(m.group_id, points);
  }
  const groups = [...byGroup].map(([groupId, points]) => ({ groupId, points }));
  return { groups, headline: headlineOf(indicator, byGroup, totalGroupId) };
}

function headlineOf(indicator: IndicatorRow, byGroup: Map<number, FigurePoint[]>, totalGroupId: number | null): FigurePoint[] {
  if (indicator.headline_kind === 'total') return totalGroupId === null ? [] : (byGroup.get(totalGroupId) ?? []);
  const focus = indicator.headline_group_id === null ? [] : (byGroup.get(indicator.headline_group_id) ?? []);
  if (indicator.headline_kind === 'group') return focus;
  const reference = indicator.reference_group_id === null ? [] : (byGroup.get(indicator.reference_group_id) ?? []);
  const flags = new Map(reference.map((p) => [p.period, p]));
  const focusFlags = new Map(focus.map((p) => [p.period, p]));
  // A gap is provisional (or estimated) when either of its two figures is.
  return gapSeries(focus, reference).map((g) => {
    const a = focusFlags.get(g.period);
    const b = flags.get(g.period);
    return {
      period: g.period,
      value: g.value,
      provisional: Boolean(a?.provisional || b?.provisional),
      estimated: Boolean(a?.estimated || b?.estimated),
    };
  });
}

/** The engine's input for one indicator, judged on its headline series. */
export function toStatusInput(indicator: IndicatorRow, headline: readonly FigurePoint[], defaultMethod: StatusMethod): StatusIndicatorInput {
  return {
    method: indicator.method ?? defaultMethod,
    direction: indicator.direction,
    precision: indicator.precision,
    tolerance: indicator.tolerance,
    baselinePeriod: indicator.baseline_period ?? undefined,
    target: indicator.target_value === null ? null : { value: indicator.target_value, period: indicator.target_period ?? undefined },
    limit: indicator.limit_value,
    unit: toStatusUnit(text(indicator.unit, indicator.unit_en)),
    headlineKey: 'headline',
    series: [{ key: 'headline', observations: headline.map((p) => ({ period: p.period, value: p.value })) }],
  };
}
