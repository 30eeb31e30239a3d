// What the cycle's forms offer to choose from: the policies a year's cycle
// can be made for, and the committees and administrations a task can go to.
import type { Kysely } from 'kysely';
import { listAdministrations, listCommittees } from '../../db/repositories/organisation.js';
import type { Database } from '../../db/tables.js';
import type { Bilingual } from './cycle-views.js';

export interface PolicyChoice {
  readonly id: number;
  readonly title: Bilingual;
}

export interface PartyChoice {
  readonly id: number;
  readonly name: Bilingual;
}

/** Every policy, the newest first. */
export async function listPolicyChoices(db: Kysely<Database>): Promise<readonly PolicyChoice[]> {
  const rows = await db.selectFrom('policies').select(['id', 'title_da', 'title_en']).orderBy('first_year', 'desc').execute();
  return rows.map((p) => ({ id: p.id, title: { da: p.title_da, en: p.title_en } }));
}

/** The committees in their order. */
export async function listCommitteeChoices(db: Kysely<Database>): Promise<readonly PartyChoice[]> {
  return (await listCommittees(db)).map((c) => ({ id: c.id, name: { da: c.name_da, en: c.name_en } }));
}

/** The administrations by Danish name. */
export async function listAdministrationChoices(db: Kysely<Database>): Promise<readonly PartyChoice[]> {
  return (await listAdministrations(db)).map((a) => ({ id: a.id, name: { da: a.name_da, en: a.name_en } }));
}
