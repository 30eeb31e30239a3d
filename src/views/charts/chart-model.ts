// What an indicator chart shows, worked out before any drawing: the periods
// along the axis (every year from the first figure to the target year), one
// line per group (and the gap, for gap indicators), which points are
// provisional, where the baseline is, and the target line from the baseline
// to the target period. Pure, so the chart's content is tested apart from
// how ECharts draws it.
import { parsePeriod } from '../../domain/period.js';
import type { Period } from '../../domain/period.js';
import type { Lang } from '../../domain/number-format.js';

export interface ChartPoint {
  readonly period: string;
  readonly value: number;
  readonly provisional: boolean;
}

export interface ChartInput {
  readonly lang: Lang;
  readonly precision: number;
  readonly lines: readonly { readonly name: string; readonly kind: 'group' | 'gap'; readonly points: readonly ChartPoint[] }[];
  /** The baseline the status used (its period and value on the headline series). */
  readonly baseline: { readonly period: string; readonly value: number } | null;
  readonly target: { readonly period: string | null; readonly value: number } | null;
  readonly labels: { readonly baseline: string; readonly target: string };
}

export interface ChartLine {
  readonly name: string;
  readonly kind: 'group' | 'gap';
  /** Aligned with `categories`; null where the line has no figure. */
  readonly values: readonly (number | null)[];
  readonly provisional: readonly boolean[];
}

export interface ChartModel {
  readonly lang: Lang;
  readonly decimals: number;
  readonly categories: readonly string[];
  readonly lines: readonly ChartLine[];
  readonly baseline: { readonly index: number; readonly label: string } | null;
  readonly target: {
    readonly fromIndex: number;
    readonly fromValue: number;
    readonly toIndex: number;
    readonly toValue: number;
    readonly label: string;
  } | null;
}

/** The period after this one, of the same kind: 2013 → 2014, 2013 Q4 → 2014 Q1, 2012/13 → 2013/14. */
function nextPeriod(period: Period): Period | null {
  const year = Math.floor(period.time + 1e-9);
  switch (period.kind) {
    case 'year':
      return parsePeriod(String(year + 1));
    case 'schoolYear':
      return parsePeriod(`${year + 1}/${String((year + 2) % 100).padStart(2, '0')}`);
    case 'quarter': {
      const quarter = Number(period.label.slice(-1));
      return parsePeriod(quarter < 4 ? `${year} Q${quarter + 1}` : `${year + 1} Q1`);
    }
    case 'month': {
      const month = Number(period.label.slice(5));
      return parsePeriod(month < 12 ? `${year}-${String(month + 1).padStart(2, '0')}` : `${year + 1}-01`);
    }
  }
}

/** At most this many periods are filled in, so a stray far-off period cannot blow up the axis. */
const MAX_FILLED = 240;

/**
 * Every period on the axis, in order. When all are of one kind, the periods
 * between the first and last are filled in, so equal steps on the axis are
 * equal spans of time.
 */
export function axisPeriods(labels: Iterable<string>): Period[] {
  const byKey = new Map<number, Period>();
  for (const label of labels) {
    const period = parsePeriod(label);
    if (period) byKey.set(period.sortKey, period);
  }
  const periods = [...byKey.values()].sort((a, b) => a.sortKey - b.sortKey);
  if (periods.length < 2 || !periods.every((p) => p.kind === periods[0]!.kind)) return periods;
  const last = periods.at(-1)!;
  const filled = [periods[0]!];
  while (filled.length < MAX_FILLED && filled.at(-1)!.sortKey < last.sortKey) filled.push(nextPeriod(filled.at(-1)!)!);
  return filled.at(-1)!.sortKey === last.sortKey ? filled : periods;
}

/** A short axis label: quarters as `2013 K1` in Danish; other periods as labelled. */
function axisLabel(period: Period, lang: Lang): string {
  return period.kind === 'quarter' && lang === 'da' ? period.label.replace(' Q', ' K') : period.label;
}

export function toChartModel(input: ChartInput): ChartModel {
  const labels = input.lines.flatMap((line) => line.points.map((p) => p.period));
  if (input.baseline) labels.push(input.baseline.period);
  if (input.target?.period) labels.push(input.target.period);
  const periods = axisPeriods(labels);
  const indexOf = (label: string) => {
    const period = parsePeriod(label);
    return period ? periods.findIndex((p) => p.sortKey === period.sortKey) : -1;
  };
  const lines = input.lines.map((line): ChartLine => {
    const values: (number | null)[] = periods.map(() => null);
    const provisional = periods.map(() => false);
    for (const point of line.points) {
      const index = indexOf(point.period);
      if (index < 0) continue;
      values[index] = point.value;
      provisional[index] = point.provisional;
    }
    return { name: line.name, kind: line.kind, values, provisional };
  });
  const baselineIndex = input.baseline ? indexOf(input.baseline.period) : -1;
  const targetIndex = input.target?.period ? indexOf(input.target.period) : -1;
  return {
    lang: input.lang,
    decimals: input.precision,
    categories: periods.map((p) => axisLabel(p, input.lang)),
    lines,
    baseline: baselineIndex >= 0 ? { index: baselineIndex, label: input.labels.baseline } : null,
    target:
      input.target && targetIndex >= 0 && input.baseline && baselineIndex >= 0 && targetIndex > baselineIndex
        ? { fromIndex: baselineIndex, fromValue: input.baseline.value, toIndex: targetIndex, toValue: input.target.value, label: input.labels.target }
        : null,
  };
}
