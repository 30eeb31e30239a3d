// Administrations, committees, groups and areas: the reference data that
// policies, indicators and figures point to.
import type { Insertable, Kysely } from 'kysely';
import type { AdministrationsTable, AreasTable, CommitteesTable, Database, GroupsTable } from '../tables.js';

export async function insertAdministration(db: Kysely<Database>, row: Insertable<AdministrationsTable>) {
  return db.insertInto('administrations').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function insertCommittee(db: Kysely<Database>, row: Insertable<CommitteesTable>) {
  return db.insertInto('committees').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function insertGroup(db: Kysely<Database>, row: Insertable<GroupsTable>) {
  return db.insertInto('groups').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function insertArea(db: Kysely<Database>, row: Insertable<AreasTable>) {
  return db.insertInto('areas').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function listAdministrations(db: Kysely<Database>) {
  return db.selectFrom('administrations').selectAll().orderBy('name_da').execute();
}

export async function listCommittees(db: Kysely<Database>) {
  return db.selectFrom('committees').selectAll().orderBy('sort_order').orderBy('id').execute();
}

export async function listGroups(db: Kysely<Database>) {
  return db.selectFrom('groups').selectAll().orderBy('id').execute();
}

export async function listAreas(db: Kysely<Database>) {
  return db.selectFrom('areas').selectAll().orderBy('id').execute();
}
