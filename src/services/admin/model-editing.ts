// Saving policies, focus areas, committees and administrations from the
// admin area. The values arrive validated field by field; the rules that
// span fields or rows are checked here.
import type { Kysely } from 'kysely';
import { findVersionedRow } from '../../db/repositories/versioned-rows.js';
import type { AreaKind, Database, PolicyState, StatusMethod } from '../../db/tables.js';
import type { ChangeContext } from '../change-context.js';
import { FieldProblem } from './edit-errors.js';
import { createVersioned, updateVersioned } from './versioned-editing.js';
import type { VersionedEdit } from './versioned-editing.js';
import type { VersionedTable } from '../../db/repositories/versioned-rows.js';

/** The row an edit changes and the version its form was opened at; null creates a row. */
export type EditTarget = { readonly id: number; readonly version: number } | null;

export function saveVersioned<T extends VersionedTable>(db: Kysely<Database>, target: EditTarget, edit: VersionedEdit<T>, ctx: ChangeContext) {
  return target ? updateVersioned(db, target.id, target.version, edit, ctx) : createVersioned(db, edit, ctx);
}

export interface PolicyInput {
  code: string;
  title_da: string;
  title_en: string | null;
  subtitle_da: string | null;
  subtitle_en: string | null;
  description_da: string | null;
  description_en: string | null;
  first_year: number;
  last_year: number;
  adopted_on: string | null;
  state: PolicyState;
  default_method: StatusMethod;
}

export async function savePolicy(db: Kysely<Database>, target: EditTarget, input: PolicyInput, ctx: ChangeContext) {
  if (input.last_year < input.first_year) throw new FieldProblem('last_year', 'years_order', 'error.model.yearsOrder');
  return saveVersioned(db, target, { table: 'policies', entity: 'policy', values: input }, ctx);
}

export interface FocusAreaInput {
  policy_id: number;
  number: number;
  code: string;
  title_da: string;
  title_en: string | null;
  description_da: string | null;
  description_en: string | null;
}

export async function saveFocusArea(db: Kysely<Database>, target: EditTarget, input: FocusAreaInput, ctx: ChangeContext) {
  if (!(await findVersionedRow(db, 'policies', input.policy_id))) throw new FieldProblem('policy_id', 'choice', 'error.model.noSuchPolicy');
  return saveVersioned(db, target, { table: 'focus_areas', entity: 'focus_area', values: input, codePolicyId: input.policy_id }, ctx);
}

export interface CommitteeInput {
  code: string;
  name_da: string;
  name_en: string | null;
  administration_id: number | null;
  sort_order: number;
}

export async function saveCommittee(db: Kysely<Database>, target: EditTarget, input: CommitteeInput, ctx: ChangeContext) {
  if (input.administration_id !== null && !(await findVersionedRow(db, 'administrations', input.administration_id))) {
    throw new FieldProblem('administration_id', 'choice', 'error.model.noSuchAdministration');
  }
  return saveVersioned(db, target, { table: 'committees', entity: 'committee', values: input }, ctx);
}

export interface AdministrationInput {
  code: string;
  name_da: string;
  name_en: string | null;
}

export async function saveAdministration(db: Kysely<Database>, target: EditTarget, input: AdministrationInput, ctx: ChangeContext) {
  return saveVersioned(db, target, { table: 'administrations', entity: 'administration', values: input }, ctx);
}

export interface GroupInput {
  code: string;
  name_da: string;
  name_en: string | null;
}

export async function saveGroup(db: Kysely<Database>, target: EditTarget, input: GroupInput, ctx: ChangeContext) {
  return saveVersioned(db, target, { table: 'groups', entity: 'group', values: input }, ctx);
}

export interface AreaInput {
  code: string;
  name_da: string;
  name_en: string | null;
  kind: AreaKind;
  parent_id: number | null;
}

/** An area may lie within another, but never within itself, however far up. */
async function refuseAreaLoop(db: Kysely<Database>, areaId: number, parentId: number): Promise<void> {
  const seen = new Set<number>();
  for (let current: number | null = parentId; current !== null;) {
    if (current === areaId) throw new FieldProblem('parent_id', 'area_loop', 'error.model.areaLoop');
    if (seen.has(current)) return;
    seen.add(current);
    current = (await findVersionedRow(db, 'areas', current))?.parent_id ?? null;
  }
}

export async function saveArea(db: Kysely<Database>, target: EditTarget, input: AreaInput, ctx: ChangeContext) {
  if (input.parent_id !== null) {
    if (!(await findVersionedRow(db, 'areas', input.parent_id))) throw new FieldProblem('parent_id', 'choice', 'error.model.noSuchArea');
    if (target) await refuseAreaLoop(db, target.id, input.parent_id);
  }
  return saveVersioned(db, target, { table: 'areas', entity: 'area', values: input }, ctx);
}
