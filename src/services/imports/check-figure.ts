// Checks one figure from a file against the model: its indicator, period,
// group and area must exist (or be creatable), the period must be of the
// kind the indicator takes, the value inside the indicator's declared range,
// and the key must not occur twice in the file. Returns the figure with ids,
// or every problem it has.
import { parsePeriod } from '../../domain/period.js';
import type { Period } from '../../domain/period.js';
import { cellProblem } from '../../importers/problem.js';
import type { ImportProblem } from '../../importers/problem.js';
import type { SourceFigure } from '../../importers/source-figure.js';
import { FigureKeys } from './figure-keys.js';
import { describePeriodKind, isPeriodKindAllowed } from '../../domain/period-rules.js';
import { TOTAL_GROUP } from './reference-resolver.js';
import type { ReferenceResolver } from './reference-resolver.js';

export interface CheckedFigure {
  readonly row: number;
  readonly indicatorId: number;
  readonly indicatorCode: string;
  readonly period: string;
  readonly periodSort: number;
  readonly groupId: number;
  readonly groupCode: string;
  readonly areaId: number;
  readonly areaCode: string;
  readonly value: number;
  readonly provisional: boolean;
  readonly estimated: boolean;
  readonly note: string | null;
}

// Periods repeat on nearly every row; a bounded cache keeps a hostile file from growing it without end.
const PERIOD_CACHE_LIMIT = 10_000;

export class FigureChecker {
  private readonly periods = new Map<string, Period | null>();
  private readonly keys = new FigureKeys();
  private readonly reportedGoal = new Set<string>();

  constructor(private readonly references: ReferenceResolver) {}

  private period(text: string): Period | null {
    let period = this.periods.get(text);
    if (period === undefined) {
      period = parsePeriod(text);
      if (this.periods.size < PERIOD_CACHE_LIMIT) this.periods.set(text, period);
    }
    return period;
  }

  /** Call after the resolver has created what the figure names that is new. */
  check(figure: SourceFigure): CheckedFigure | ImportProblem[] {
    const { row, columns } = figure;
    const problems: ImportProblem[] = [];
    const indicator = this.references.indicator(figure.indicator);
    if (!indicator.ok) {
      if (indicator.reason === 'unknown') {
        problems.push(cellProblem(row, columns.indicator, 'unknown_indicator', `"${figure.indicator}" is not an indicator of the policy.`));
      } else if (!this.reportedGoal.has(figure.indicator)) {
        // Said once: every row of the indicator has the same cause.
        this.reportedGoal.add(figure.indicator);
        problems.push(
          cellProblem(
            row,
            columns.indicator,
            'unknown_goal',
            `The indicator "${figure.indicator}" can be created from its metadata, but the mapping must name an existing goal for it (goal: CODE); none of its rows can be read until then.`,
          ),
        );
      }
    }
    const period = this.period(figure.period);
    if (!period)
      problems.push(cellProblem(row, columns.period, 'unknown_period', `"${figure.period}" is not a period (write 2013, 2013 Q1, 2012/13 or 2013-01).`));
    const group = this.references.group(figure.group);
    if (!group.ok) problems.push(cellProblem(row, columns.group, 'unknown_group', `"${(figure.group ?? TOTAL_GROUP).code}" is not a group.`));
    const area = this.references.area(figure.area, indicator.ok ? indicator.value : null);
    if (!area.ok && (area.reason === 'unknown' || indicator.ok)) {
      const message =
        area.reason === 'unknown' ? `"${figure.area!.code}" is not an area.` : 'No area is given and there is none to fall back on; create one first.';
      problems.push(cellProblem(row, columns.area, 'unknown_area', message));
    }
    if (!indicator.ok) return problems;

    const ref = indicator.value;
    if (period) {
      if (ref.frequency !== null && !isPeriodKindAllowed(ref.frequency, period.kind)) {
        problems.push(
          cellProblem(
            row,
            columns.period,
            'wrong_period_type',
            `"${figure.period}" is ${describePeriodKind(period.kind)}, but ${ref.code} is measured ${ref.frequency}.`,
          ),
        );
      }
      ref.kinds.add(period.kind);
    }
    if ((ref.minValue !== null && figure.value < ref.minValue) || (ref.maxValue !== null && figure.value > ref.maxValue)) {
      problems.push(
        cellProblem(
          row,
          columns.value,
          'out_of_range',
          `${figure.value} is outside the range ${ref.minValue ?? '…'} to ${ref.maxValue ?? '…'} declared for ${ref.code}.`,
        ),
      );
    }
    if (problems.length > 0 || !period || !group.ok || !area.ok) return problems;

    const earlier = this.keys.claim(ref.id, group.value, area.value.id, period.sortKey, row);
    if (earlier !== null) {
      return [cellProblem(row, null, 'duplicate_key', `The same indicator, period, group and area as row ${earlier}.`)];
    }
    this.references.linkGroup(ref.id, group.value);
    return {
      row,
      indicatorId: ref.id,
      indicatorCode: ref.code,
      period: period.label,
      periodSort: period.sortKey,
      groupId: group.value,
      groupCode: (figure.group ?? TOTAL_GROUP).code,
      areaId: area.value.id,
      areaCode: area.value.code,
      value: figure.value,
      provisional: figure.provisional,
      estimated: figure.estimated,
      note: figure.note,
    };
  }
}
