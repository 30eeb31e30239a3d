// People and rights: user accounts with a role, sessions kept in the database
// (so several instances share them), failed sign-ins and lockouts, one-time
// tokens for invitations and password resets, and pending single sign-ons.
// It also gives the editable model tables a `version` for optimistic
// concurrency, and makes the audit log refuse updates at the database level.
import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import { autoIdColumn, engineOf } from '../dialect.js';

const ROLES = ['administrator', 'analyst', 'data_supplier', 'committee_member', 'project_owner'];
const VERSIONED_TABLES = ['policies', 'focus_areas', 'goals', 'committees', 'administrations', 'indicators'];

export async function up(db: Kysely<unknown>): Promise<void> {
  const engine = engineOf(db);
  const id = autoIdColumn(engine);
  const schema = db.schema;

  await schema
    .createTable('users')
    .addColumn('id', 'integer', id)
    .addColumn('email', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('role', 'text', (c) => c.notNull().check(sqlIn('role', ROLES)))
    .addColumn('administration_id', 'integer', (c) => c.references('administrations.id').onDelete('set null'))
    .addColumn('committee_id', 'integer', (c) => c.references('committees.id').onDelete('set null'))
    .addColumn('language', 'text', (c) => c.notNull().defaultTo('da').check(sqlIn('language', ['da', 'en'])))
    .addColumn('password_hash', 'text')
    .addColumn('oidc_issuer', 'text')
    .addColumn('oidc_subject', 'text')
    .addColumn('is_active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('last_login_at', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addUniqueConstraint('users_oidc_identity', ['oidc_issuer', 'oidc_subject'])
    .execute();

  // The id is a SHA-256 of the cookie's value: a copy of the table lets no one in.
  await schema
    .createTable('sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_seen_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();
  await schema.createIndex('sessions_by_user').on('sessions').column('user_id').execute();

  await schema
    .createTable('one_time_tokens')
    .addColumn('id', 'integer', id)
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('purpose', 'text', (c) => c.notNull().check(sqlIn('purpose', ['invitation', 'password_reset'])))
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('used_at', 'text')
    .execute();

  // Keyed by the normalised e-mail address typed, known account or not, so a
  // lockout says nothing about which addresses exist.
  await schema
    .createTable('login_failures')
    .addColumn('id', 'integer', id)
    .addColumn('account', 'text', (c) => c.notNull())
    .addColumn('ip', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await schema.createIndex('login_failures_by_account').on('login_failures').columns(['account', 'at']).execute();

  await schema
    .createTable('login_lockouts')
    .addColumn('account', 'text', (c) => c.primaryKey())
    .addColumn('locked_until', 'text', (c) => c.notNull())
    .execute();

  await schema
    .createTable('oidc_logins')
    .addColumn('state', 'text', (c) => c.primaryKey())
    .addColumn('code_verifier', 'text', (c) => c.notNull())
    .addColumn('nonce', 'text', (c) => c.notNull())
    .addColumn('return_to', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  for (const table of VERSIONED_TABLES) {
    await schema.alterTable(table).addColumn('version', 'integer', (c) => c.notNull().defaultTo(1)).execute();
  }

  await makeAuditLogAppendOnly(db, engine);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  const engine = engineOf(db);
  if (engine === 'postgres') {
    await sql`drop trigger if exists audit_log_append_only on audit_log`.execute(db);
    await sql`drop function if exists audit_log_refuse_update()`.execute(db);
  } else {
    await sql`drop trigger if exists audit_log_append_only`.execute(db);
  }
  for (const table of VERSIONED_TABLES) await db.schema.alterTable(table).dropColumn('version').execute();
  for (const table of ['oidc_logins', 'login_lockouts', 'login_failures', 'one_time_tokens', 'sessions', 'users']) {
    await db.schema.dropTable(table).execute();
  }
}

// Rows may still be deleted (`barometer demo --force` empties the database);
// what an entry says can never be changed afterwards.
async function makeAuditLogAppendOnly(db: Kysely<unknown>, engine: 'sqlite' | 'postgres'): Promise<void> {
  if (engine === 'postgres') {
    await sql`
      create function audit_log_refuse_update() returns trigger language plpgsql as $$
      begin
        raise exception 'the audit log is never edited';
      end
      $$`.execute(db);
    await sql`
      create trigger audit_log_append_only before update on audit_log
      for each row execute function audit_log_refuse_update()`.execute(db);
  } else {
    await sql`
      create trigger audit_log_append_only before update on audit_log
      begin
        select raise(abort, 'the audit log is never edited');
      end`.execute(db);
  }
}

// Column names and literals here are fixed strings of this file, never user input.
function sqlIn(column: string, values: readonly string[]) {
  return sql`${sql.ref(column)} in (${sql.join(values.map((v) => sql.lit(v)))})`;
}
