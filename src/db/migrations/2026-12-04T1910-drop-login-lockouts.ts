// `login_lockouts` held one lock per account. Sign-in now backs off per
// account and source, worked out from `login_failures` alone
// (services/accounts/sign-in-backoff.ts), and nothing reads or writes this
// table any more.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('login_lockouts').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('login_lockouts')
    .addColumn('account', 'text', (c) => c.primaryKey())
    .addColumn('locked_until', 'text', (c) => c.notNull())
    .execute();
}
