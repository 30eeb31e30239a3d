// Letters as a secretariat sends them: each draft carries its case number
// and document number (sagsnr., dokumentnr.), and a fourth kind of letter
// joins the three, the letter to a committee about a project rated red two
// quarters in a row, which names its project. The sender's own details
// (administration, phone, e-mail, signatory, the barometer's address) are
// settings and need no column.
//
// The letter kind is checked in a column constraint. PostgreSQL replaces the
// constraint; SQLite cannot alter one, so it rebuilds the two tables with
// the same columns and rows, ids included.
import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import { autoIdColumn, engineOf } from '../dialect.js';

const OLD_KINDS = ['orientation', 'challenge', 'report'];
const KINDS = [...OLD_KINDS, 'red_twice'];
const LANGS = ['da', 'en'];

export async function up(db: Kysely<unknown>): Promise<void> {
  if (engineOf(db) === 'postgres') {
    await setPostgresKinds(db, KINDS);
    await db.schema.alterTable('letter_drafts').addColumn('case_number', 'text').execute();
    await db.schema.alterTable('letter_drafts').addColumn('document_number', 'text').execute();
    await db.schema
      .alterTable('letter_drafts')
      .addColumn('project_id', 'integer', (c) => c.references('projects.id').onDelete('cascade'))
      .execute();
    return;
  }
  await rebuildSqliteTable(db, 'letter_templates', KINDS, false);
  await rebuildSqliteTable(db, 'letter_drafts', KINDS, true);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`delete from letter_drafts where letter_kind = 'red_twice'`.execute(db);
  await sql`delete from letter_templates where letter_kind = 'red_twice'`.execute(db);
  if (engineOf(db) === 'postgres') {
    for (const column of ['project_id', 'document_number', 'case_number']) await db.schema.alterTable('letter_drafts').dropColumn(column).execute();
    await setPostgresKinds(db, OLD_KINDS);
    return;
  }
  await rebuildSqliteTable(db, 'letter_templates', OLD_KINDS, false);
  await rebuildSqliteTable(db, 'letter_drafts', OLD_KINDS, false);
}

async function setPostgresKinds(db: Kysely<unknown>, kinds: readonly string[]): Promise<void> {
  for (const table of ['letter_templates', 'letter_drafts']) {
    await sql`alter table ${sql.table(table)} drop constraint ${sql.ref(`${table}_letter_kind_check`)}`.execute(db);
    await sql`alter table ${sql.table(table)} add constraint ${sql.ref(`${table}_letter_kind_check`)} check (${sqlIn('letter_kind', kinds)})`.execute(db);
  }
}

/** SQLite: the table again under a new check, its rows copied across. */
async function rebuildSqliteTable(db: Kysely<unknown>, table: 'letter_templates' | 'letter_drafts', kinds: readonly string[], withNumbers: boolean): Promise<void> {
  const id = autoIdColumn('sqlite');
  const next = `${table}_next`;
  let builder = db.schema
    .createTable(next)
    .addColumn('id', 'integer', id)
    .addColumn('letter_kind', 'text', (c) => c.notNull().check(sqlIn('letter_kind', kinds)))
    .addColumn('lang', 'text', (c) => c.notNull().check(sqlIn('lang', LANGS)));
  const columns = (await sql<{ name: string }>`select name from pragma_table_info(${table})`.execute(db)).rows.map((r) => r.name);
  if (table === 'letter_templates') {
    builder = builder
      .addColumn('section_key', 'text', (c) => c.notNull())
      .addColumn('body', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('updated_by', 'text', (c) => c.notNull())
      .addUniqueConstraint('letter_templates_key', ['letter_kind', 'lang', 'section_key']);
  } else {
    builder = builder
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
      .addColumn('shared_at', 'text')
      .addColumn('shared_by', 'text');
    if (withNumbers)
      builder = builder
        .addColumn('case_number', 'text')
        .addColumn('document_number', 'text')
        .addColumn('project_id', 'integer', (c) => c.references('projects.id').onDelete('cascade'));
  }
  await builder.execute();
  const kept = (await sql<{ name: string }>`select name from pragma_table_info(${next})`.execute(db)).rows.map((r) => r.name);
  const list = sql.join(columns.filter((c) => kept.includes(c)).map((c) => sql.ref(c)));
  await sql`insert into ${sql.table(next)} (${list}) select ${list} from ${sql.table(table)}`.execute(db);
  await db.schema.dropTable(table).execute();
  await db.schema.alterTable(next).renameTo(table).execute();
  if (table === 'letter_drafts') await db.schema.createIndex('letter_drafts_by_kind').on('letter_drafts').columns(['letter_kind', 'release_id']).execute();
}

function sqlIn(column: string, values: readonly string[]) {
  return sql`${sql.ref(column)} in (${sql.join(values.map((v) => sql.lit(v)))})`;
}
