// Saving an indicator: every field of its definition, and the groups it
// reports on. The policy is the goal's. Rules between fields are checked
// here so the status engine never meets an indicator it cannot judge.
import type { Kysely } from 'kysely';
import { listIndicatorGroupIds, replaceIndicatorGroups } from '../../db/repositories/model-links.js';
import { findVersionedRow } from '../../db/repositories/versioned-rows.js';
import type { Database, Direction, Flag, HeadlineKind, StatusMethod, UpdateFrequency } from '../../db/tables.js';
import type { ChangeContext } from '../change-context.js';
import { FieldProblem } from './edit-errors.js';
import { saveVersioned } from './model-editing.js';
import type { EditTarget } from './model-editing.js';

export interface IndicatorInput {
  goal_id: number;
  code: string;
  sort_order: number;
  title_da: string;
  title_en: string | null;
  description_da: string | null;
  description_en: string | null;
  unit: string;
  unit_en: string | null;
  /** A gap indicator's group figures in a unit of their own; null: the indicator's unit. */
  group_unit_da: string | null;
  group_unit_en: string | null;
  precision: number;
  direction: Direction;
  baseline_period: string | null;
  target_value: number | null;
  target_period: string | null;
  tolerance: number;
  method: StatusMethod | null;
  limit_value: number | null;
  is_main: Flag;
  headline_kind: HeadlineKind;
  headline_group_id: number | null;
  reference_group_id: number | null;
  default_area_id: number | null;
  data_owner_id: number | null;
  source_da: string | null;
  source_en: string | null;
  update_frequency: UpdateFrequency;
  min_value: number | null;
  max_value: number | null;
  groups: number[];
}

/** The first rule the input breaks, as a problem for one field. */
function indicatorProblem(input: IndicatorInput): FieldProblem | null {
  if (input.target_value !== null && input.target_period === null) {
    return new FieldProblem('target_period', 'target_period_needed', 'error.model.targetNeedsPeriod');
  }
  if (input.headline_kind !== 'total' && input.headline_group_id === null) {
    return new FieldProblem('headline_group_id', 'headline_group_needed', 'error.model.headlineNeedsGroup');
  }
  if (input.headline_kind === 'gap' && input.reference_group_id === null) {
    return new FieldProblem('reference_group_id', 'reference_group_needed', 'error.model.gapNeedsReference');
  }
  if (input.group_unit_en !== null && input.group_unit_da === null) {
    return new FieldProblem('group_unit_da', 'group_unit_da_needed', 'error.model.groupUnitNeedsDanish');
  }
  if (input.group_unit_da !== null && input.headline_kind !== 'gap') {
    return new FieldProblem('group_unit_da', 'group_unit_only_gap', 'error.model.groupUnitOnlyGap');
  }
  if (input.min_value !== null && input.max_value !== null && input.max_value < input.min_value) {
    return new FieldProblem('max_value', 'min_max_order', 'error.model.maxBelowMin');
  }
  return null;
}

export async function saveIndicator(db: Kysely<Database>, target: EditTarget, input: IndicatorInput, ctx: ChangeContext) {
  const problem = indicatorProblem(input);
  if (problem) throw problem;
  const goal = await findVersionedRow(db, 'goals', input.goal_id);
  if (!goal) throw new FieldProblem('goal_id', 'choice', 'error.model.noSuchGoal');
  const { groups, ...values } = input;
  return saveVersioned(
    db,
    target,
    {
      table: 'indicators',
      entity: 'indicator',
      values: { ...values, policy_id: goal.policy_id },
      codePolicyId: goal.policy_id,
      links: { read: listIndicatorGroupIds, write: (trx, id) => replaceIndicatorGroups(trx, id, groups) },
    },
    ctx,
  );
}
