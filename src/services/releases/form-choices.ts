// What the releases' forms offer to choose from (policies, administrations,
// groups, areas), named in the reader's language, so the handlers never
// read a repository. The services check every choice again on save.
import type { Kysely } from 'kysely';
import { listAdministrations, listAreas, listGroups } from '../../db/repositories/organisation.js';
import { listPolicies } from '../../db/repositories/policies.js';
import type { Database } from '../../db/tables.js';
import type { Language } from './completeness.js';

const pick = (da: string, en: string | null, lang: Language) => (lang === 'en' ? (en ?? da) : da);

export interface PolicyChoice {
  readonly id: number;
  readonly title: string;
  /** The policy in force: the one a new release is for unless another is chosen. */
  readonly isActive: boolean;
}

export interface NamedChoice {
  readonly id: number;
  readonly code: string;
  readonly name: string;
}

export async function listPolicyChoices(db: Kysely<Database>, lang: Language): Promise<PolicyChoice[]> {
  return (await listPolicies(db)).map((p) => ({ id: p.id, title: pick(p.title_da, p.title_en, lang), isActive: p.state === 'active' }));
}

const named =
  (lang: Language) =>
  (row: { id: number; code: string; name_da: string; name_en: string | null }): NamedChoice => ({
    id: row.id,
    code: row.code,
    name: pick(row.name_da, row.name_en, lang),
  });

export async function listAdministrationChoices(db: Kysely<Database>, lang: Language): Promise<NamedChoice[]> {
  return (await listAdministrations(db)).map(named(lang));
}

/** Groups and areas a figure may be given for. */
export async function listFigureDimensionChoices(db: Kysely<Database>, lang: Language): Promise<{ groups: NamedChoice[]; areas: NamedChoice[] }> {
  const [groups, areas] = await Promise.all([listGroups(db), listAreas(db)]);
  return { groups: groups.map(named(lang)), areas: areas.map(named(lang)) };
}
