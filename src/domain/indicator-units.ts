// The units an indicator's figures are in. Most indicators have one unit for
// every figure. A gap indicator has two kinds of figure: the gap it is judged
// on (e.g. excess unemployment, in percentage points) and the groups' own
// figures the gap is taken between (unemployment rates, in per cent), so its
// group figures may have a unit of their own.
import type { StatusUnit } from './status/types.js';
import type { Text } from './text.js';

export interface IndicatorUnits {
  /** The unit of the indicator's headline: the total, the focus group, or the gap. */
  readonly unit: Text;
  /** A gap indicator's group figures in a unit of their own; null where they share `unit`. */
  readonly groupUnit: Text | null;
}

/** The unit the groups' own figures are in. */
export function unitOfGroups(units: IndicatorUnits): Text {
  return units.groupUnit ?? units.unit;
}

/** Whether the group figures are in another unit than the headline, so a reader must be told both. */
export function hasOwnGroupUnit(units: IndicatorUnits): boolean {
  const groups = units.groupUnit;
  return groups !== null && (groups.da !== units.unit.da || (groups.en ?? groups.da) !== (units.unit.en ?? units.unit.da));
}

/** A unit as the status engine writes it in explanations; English falls back to the Danish word, as `pick` does. */
export function toStatusUnit(unit: Text): StatusUnit {
  return { da: unit.da, en: unit.en || unit.da };
}
