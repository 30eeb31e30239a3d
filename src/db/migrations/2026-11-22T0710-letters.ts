// The letters: the wording an administrator has changed from the defaults
// (one row per letter kind, language and section; a section without a row
// uses the default in src/domain/letters/), the drafts the secretariat makes
// and edits, and the sender's logo.
//
// A draft keeps the model it was made from as JSON (`model`) beside the
// edited texts (`sections`, a JSON object of section key → text), so an
// export always matches what the secretariat read and edited, even after new
// figures arrive. `version` guards edits against being lost. The logo is
// kept as bytes (`blob` / `bytea`), like the cycle's attachments.
import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import { autoIdColumn, engineOf } from '../dialect.js';

const KINDS = ['orientation', 'challenge', 'report'];
const LANGS = ['da', 'en'];

export async function up(db: Kysely<unknown>): Promise<void> {
  const engine = engineOf(db);
  const id = autoIdColumn(engine);
  const schema = db.schema;

  await schema
    .createTable('letter_templates')
    .addColumn('id', 'integer', id)
    .addColumn('letter_kind', 'text', (c) => c.notNull().check(sqlIn('letter_kind', KINDS)))
    .addColumn('lang', 'text', (c) => c.notNull().check(sqlIn('lang', LANGS)))
    .addColumn('section_key', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addUniqueConstraint('letter_templates_key', ['letter_kind', 'lang', 'section_key'])
    .execute();

  await schema
    .createTable('letter_drafts')
    .addColumn('id', 'integer', id)
    .addColumn('letter_kind', 'text', (c) => c.notNull().check(sqlIn('letter_kind', KINDS)))
    .addColumn('lang', 'text', (c) => c.notNull().check(sqlIn('lang', LANGS)))
    .addColumn('policy_id', 'integer', (c) => c.notNull().references('policies.id').onDelete('cascade'))
    .addColumn('release_id', 'integer', (c) => c.notNull().references('releases.id').onDelete('cascade'))
    .addColumn('committee_id', 'integer', (c) => c.references('committees.id').onDelete('cascade'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('model', 'text', (c) => c.notNull())
    .addColumn('sections', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .execute();
  await schema.createIndex('letter_drafts_by_kind').on('letter_drafts').columns(['letter_kind', 'release_id']).execute();

  await schema
    .createTable('letter_logos')
    .addColumn('id', 'integer', id)
    .addColumn('content_type', 'text', (c) => c.notNull().check(sqlIn('content_type', ['image/png', 'image/jpeg'])))
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('content', engine === 'postgres' ? 'bytea' : 'blob', (c) => c.notNull())
    .addColumn('uploaded_at', 'text', (c) => c.notNull())
    .addColumn('uploaded_by', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['letter_logos', 'letter_drafts', 'letter_templates']) await db.schema.dropTable(table).execute();
}

function sqlIn(column: string, values: readonly string[]) {
  return sql`${sql.ref(column)} in (${sql.join(values.map((v) => sql.lit(v)))})`;
}
