// The stored unit columns of an indicator as the domain's units: the one
// place that knows `unit`, `unit_en`, `group_unit_da` and `group_unit_en`.
import type { IndicatorRow } from '../db/tables.js';
import type { IndicatorUnits } from '../domain/indicator-units.js';
import { optionalText, text } from '../domain/text.js';

export type UnitColumns = Pick<IndicatorRow, 'unit' | 'unit_en' | 'group_unit_da' | 'group_unit_en'>;

export function toIndicatorUnits(row: UnitColumns): IndicatorUnits {
  return { unit: text(row.unit, row.unit_en), groupUnit: optionalText(row.group_unit_da, row.group_unit_en) };
}
