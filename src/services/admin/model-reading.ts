// What the admin editors read: the rows of an editable table as records to
// fill a form with, and the choices for the form's selects. Editing needs
// every field, so the records are the rows themselves, read-only.
import type { Kysely, Selectable } from 'kysely';
import { listGoalCommitteeLinks, listIndicatorGroupIds } from '../../db/repositories/model-links.js';
import { listAreas, listGroups } from '../../db/repositories/organisation.js';
import { findVersionedRow, listVersionedRows } from '../../db/repositories/versioned-rows.js';
import type { VersionedTable } from '../../db/repositories/versioned-rows.js';
import type { Database } from '../../db/tables.js';
import { NotFound } from '../errors.js';

export type EditableRecord<T extends VersionedTable> = Readonly<Selectable<Database[T]>>;

export async function listForEditing<T extends VersionedTable>(db: Kysely<Database>, table: T): Promise<EditableRecord<T>[]> {
  return listVersionedRows(db, table);
}

export async function getForEditing<T extends VersionedTable>(db: Kysely<Database>, table: T, id: number): Promise<EditableRecord<T>> {
  const row = await findVersionedRow(db, table, id);
  if (!row) throw new NotFound('error.model.noSuchRow', { what: { key: `error.table.${table}` }, id });
  return row;
}

export async function getIndicatorForEditing(db: Kysely<Database>, id: number) {
  const row = await getForEditing(db, 'indicators', id);
  return { ...row, groups: await listIndicatorGroupIds(db, id) };
}

export async function getGoalForEditing(db: Kysely<Database>, id: number) {
  const row = await getForEditing(db, 'goals', id);
  const links = await listGoalCommitteeLinks(db, id);
  return {
    ...row,
    lead_committees: links.filter((l) => l.role === 'lead').map((l) => l.committee_id),
    shared_committees: links.filter((l) => l.role === 'shared').map((l) => l.committee_id),
  };
}

export interface Choice {
  readonly id: number;
  readonly code: string;
  readonly name_da: string;
  readonly name_en: string | null;
}

export interface ModelChoices {
  readonly policies: readonly Choice[];
  readonly focusAreas: readonly (Choice & { readonly policy_id: number })[];
  readonly goals: readonly (Choice & { readonly policy_id: number })[];
  readonly committees: readonly Choice[];
  readonly administrations: readonly Choice[];
  readonly groups: readonly Choice[];
  readonly areas: readonly Choice[];
}

/** Everything a select in the model editors may offer. */
export async function loadModelChoices(db: Kysely<Database>): Promise<ModelChoices> {
  const [policies, focusAreas, goals, committees, administrations, groups, areas] = await Promise.all([
    listVersionedRows(db, 'policies'),
    listVersionedRows(db, 'focus_areas'),
    listVersionedRows(db, 'goals'),
    listVersionedRows(db, 'committees'),
    listVersionedRows(db, 'administrations'),
    listGroups(db),
    listAreas(db),
  ]);
  const titled = (r: { id: number; code: string; title_da: string; title_en: string | null }) => ({
    id: r.id,
    code: r.code,
    name_da: r.title_da,
    name_en: r.title_en,
  });
  const named = (r: { id: number; code: string; name_da: string; name_en: string | null }) => ({
    id: r.id,
    code: r.code,
    name_da: r.name_da,
    name_en: r.name_en,
  });
  return {
    policies: policies.map(titled),
    focusAreas: focusAreas.map((r) => ({ ...titled(r), policy_id: r.policy_id })),
    goals: goals.map((r) => ({ ...titled(r), policy_id: r.policy_id })),
    committees: committees.map(named),
    administrations: administrations.map(named),
    groups: groups.map(named),
    areas: areas.map(named),
  };
}
