// Saving a goal with the committees responsible for it. The goal's policy is
// its focus area's, so the two can never disagree.
import type { Kysely } from 'kysely';
import { listGoalCommitteeLinks, replaceGoalCommittees } from '../../db/repositories/model-links.js';
import { findVersionedRow } from '../../db/repositories/versioned-rows.js';
import type { Database } from '../../db/tables.js';
import type { ChangeContext } from '../change-context.js';
import { FieldProblem } from './edit-errors.js';
import { saveVersioned } from './model-editing.js';
import type { EditTarget } from './model-editing.js';

export interface GoalInput {
  focus_area_id: number;
  number: number;
  code: string;
  title_da: string;
  title_en: string | null;
  description_da: string | null;
  description_en: string | null;
  lead_committees: number[];
  /** Committees that share the goal as "all committees". */
  shared_committees: number[];
}

export async function saveGoal(db: Kysely<Database>, target: EditTarget, input: GoalInput, ctx: ChangeContext) {
  const focusArea = await findVersionedRow(db, 'focus_areas', input.focus_area_id);
  if (!focusArea) throw new FieldProblem('focus_area_id', 'choice', 'error.model.noSuchFocusArea');
  const { lead_committees, shared_committees, ...values } = input;
  // A committee named as lead is not also listed as sharing.
  const links = [
    ...lead_committees.map((committee_id) => ({ committee_id, role: 'lead' as const })),
    ...shared_committees.filter((id) => !lead_committees.includes(id)).map((committee_id) => ({ committee_id, role: 'shared' as const })),
  ];
  return saveVersioned(
    db,
    target,
    {
      table: 'goals',
      entity: 'goal',
      values: { ...values, policy_id: focusArea.policy_id },
      codePolicyId: focusArea.policy_id,
      links: { read: listGoalCommitteeLinks, write: (trx, id) => replaceGoalCommittees(trx, id, links) },
    },
    ctx,
  );
}
