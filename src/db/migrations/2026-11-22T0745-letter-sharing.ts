// A letter draft can be shared with the committee it is written to: when
// and by whom. Until then only the secretariat sees it; a committee member
// reads its own committee's shared challenge letter.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('letter_drafts').addColumn('shared_at', 'text').execute();
  await db.schema.alterTable('letter_drafts').addColumn('shared_by', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('letter_drafts').dropColumn('shared_by').execute();
  await db.schema.alterTable('letter_drafts').dropColumn('shared_at').execute();
}
