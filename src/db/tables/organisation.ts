// The municipality's organisation: the administrations that own data and
// the committees that own goals.
import type { Generated, Selectable } from 'kysely';

export interface AdministrationsTable {
  id: Generated<number>;
  code: string;
  name_da: string;
  name_en: string | null;
  /** Raised by one on every edit (migrations 0500 and 0720); a form sends the version it was opened at, so a change made meanwhile is caught. */
  version: Generated<number>;
}

export interface CommitteesTable {
  id: Generated<number>;
  code: string;
  name_da: string;
  name_en: string | null;
  administration_id: number | null;
  sort_order: number;
  /** Raised by one on every edit (migrations 0500 and 0720); a form sends the version it was opened at, so a change made meanwhile is caught. */
  version: Generated<number>;
}

export interface OrganisationTables {
  administrations: AdministrationsTable;
  committees: CommitteesTable;
}

export type AdministrationRow = Selectable<AdministrationsTable>;
export type CommitteeRow = Selectable<CommitteesTable>;
