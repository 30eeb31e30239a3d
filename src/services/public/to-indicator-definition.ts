// The stored indicator as the domain's IndicatorDefinition: the one place
// that knows the columns, so a renamed column changes this file and not the
// pages or the open-data API.
import type { IndicatorRow, StatusMethod } from '../../db/tables.js';
import type { IndicatorDefinition } from '../../domain/indicator-definition.js';
import { optionalText, text } from '../../domain/text.js';
import { toIndicatorUnits } from '../indicator-units.js';

/** `defaultMethod` is the policy's, for an indicator without a method of its own. */
export function toIndicatorDefinition(row: IndicatorRow, defaultMethod: StatusMethod): IndicatorDefinition {
  return {
    code: row.code,
    title: text(row.title_da, row.title_en),
    description: optionalText(row.description_da, row.description_en),
    ...toIndicatorUnits(row),
    precision: row.precision,
    direction: row.direction,
    headlineKind: row.headline_kind,
    baselinePeriod: row.baseline_period,
    target: row.target_value === null ? null : { value: row.target_value, period: row.target_period },
    tolerance: row.tolerance,
    method: row.method ?? defaultMethod,
    isMain: row.is_main === 1,
    source: optionalText(row.source_da, row.source_en),
    updateFrequency: row.update_frequency,
  };
}
