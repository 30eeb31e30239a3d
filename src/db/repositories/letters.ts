// The letters' rows: changed wording, drafts and the sender's logo.
import type { Insertable, Kysely, Updateable } from 'kysely';
import type { LetterKind, LetterLang } from '../../domain/letters/view-models.js';
import type { Database, LetterDraftsTable, LetterLogosTable, LetterTemplatesTable } from '../tables.js';

export async function listLetterTemplates(db: Kysely<Database>, kind: LetterKind, lang: LetterLang) {
  return db.selectFrom('letter_templates').selectAll().where('letter_kind', '=', kind).where('lang', '=', lang).orderBy('id').execute();
}

export async function findLetterTemplate(db: Kysely<Database>, kind: LetterKind, lang: LetterLang, key: string) {
  return db
    .selectFrom('letter_templates')
    .selectAll()
    .where('letter_kind', '=', kind)
    .where('lang', '=', lang)
    .where('section_key', '=', key)
    .executeTakeFirst();
}

export async function insertLetterTemplate(
  db: Kysely<Database>,
  row: Pick<Insertable<LetterTemplatesTable>, 'letter_kind' | 'lang' | 'section_key' | 'body' | 'updated_at' | 'updated_by'>,
) {
  return db.insertInto('letter_templates').values(row).returningAll().executeTakeFirstOrThrow();
}

/** Updates the row only at the version the editor saw; undefined when it has moved on. */
export async function updateLetterTemplate(
  db: Kysely<Database>,
  id: number,
  version: number,
  changes: { body: string; updated_at: string; updated_by: string },
) {
  return db
    .updateTable('letter_templates')
    .set({ ...changes, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .returningAll()
    .executeTakeFirst();
}

export async function deleteLetterTemplate(db: Kysely<Database>, id: number) {
  await db.deleteFrom('letter_templates').where('id', '=', id).execute();
}

export async function insertLetterDraft(db: Kysely<Database>, row: Insertable<LetterDraftsTable>) {
  return db.insertInto('letter_drafts').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function findLetterDraft(db: Kysely<Database>, id: number) {
  return db.selectFrom('letter_drafts').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listLetterDrafts(db: Kysely<Database>) {
  return db
    .selectFrom('letter_drafts')
    .select(['id', 'letter_kind', 'lang', 'policy_id', 'release_id', 'committee_id', 'project_id', 'title', 'version', 'updated_at', 'updated_by'])
    .orderBy('updated_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

export async function updateLetterDraft(db: Kysely<Database>, id: number, version: number, changes: Updateable<LetterDraftsTable>) {
  return db
    .updateTable('letter_drafts')
    .set({ ...changes, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .returningAll()
    .executeTakeFirst();
}

export async function deleteLetterDraft(db: Kysely<Database>, id: number) {
  await db.deleteFrom('letter_drafts').where('id', '=', id).execute();
}

/** The logo in use: the newest one uploaded. */
export async function findCurrentLetterLogo(db: Kysely<Database>) {
  return db.selectFrom('letter_logos').selectAll().orderBy('id', 'desc').limit(1).executeTakeFirst();
}

export async function insertLetterLogo(db: Kysely<Database>, row: Insertable<LetterLogosTable>) {
  return db.insertInto('letter_logos').values(row).returning(['id', 'content_type', 'description', 'uploaded_at', 'uploaded_by']).executeTakeFirstOrThrow();
}

export async function deleteLetterLogos(db: Kysely<Database>) {
  await db.deleteFrom('letter_logos').execute();
}

/** Challenge letters shared with the committee, newest first. */
export async function listSharedChallengeDrafts(db: Kysely<Database>, committeeId: number) {
  return db
    .selectFrom('letter_drafts')
    .select(['id', 'title', 'lang', 'release_id', 'shared_at', 'shared_by'])
    .where('letter_kind', '=', 'challenge')
    .where('committee_id', '=', committeeId)
    .where('shared_at', 'is not', null)
    .orderBy('shared_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
}
