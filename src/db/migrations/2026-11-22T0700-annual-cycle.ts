// The annual cycle (årshjul): a cycle per policy and year, its milestones, the
// tasks committees and administrations answer, their submissions, attachments,
// comments and history, and the log that makes each reminder e-mail go once.
//
// Conventions as in the earlier migrations. A task's state is stored as the
// five states a person moves it through; "overdue" is not stored, it is worked
// out from the deadline and today's date. Attachments are kept in the
// database as bytes (`blob` on SQLite, `bytea` on PostgreSQL) so a backup of
// the database is a backup of everything.
//
// cycle_reminders.reminder_key is UNIQUE: inserting that row is how an
// instance claims a reminder before sending it (see src/jobs/). job_leases
// holds one row per scheduled job naming the instance that runs it now.
import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import { autoIdColumn, engineOf } from '../dialect.js';

const MILESTONE_KINDS = [
  'new_figures', 'orientation_letter', 'economic_overview', 'status_statement',
  'action_plan', 'annual_report', 'budget_process', 'other',
];
const TASK_KINDS = ['figures', 'economic_overview', 'status_statement', 'action_plan', 'other'];
const TASK_STATES = ['not_started', 'in_progress', 'submitted', 'approved', 'returned'];

export async function up(db: Kysely<unknown>): Promise<void> {
  const engine = engineOf(db);
  const id = autoIdColumn(engine);
  const schema = db.schema;

  await schema
    .createTable('cycles')
    .addColumn('id', 'integer', id)
    .addColumn('policy_id', 'integer', (c) => c.notNull().references('policies.id').onDelete('cascade'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addUniqueConstraint('cycles_key', ['policy_id', 'year'])
    .execute();

  await schema
    .createTable('cycle_milestones')
    .addColumn('id', 'integer', id)
    .addColumn('cycle_id', 'integer', (c) => c.notNull().references('cycles.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull().check(sqlIn('kind', MILESTONE_KINDS)))
    .addColumn('title_da', 'text', (c) => c.notNull())
    .addColumn('title_en', 'text', (c) => c.notNull())
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('description_da', 'text')
    .addColumn('description_en', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await schema.createIndex('cycle_milestones_by_cycle').on('cycle_milestones').columns(['cycle_id', 'date']).execute();

  await schema
    .createTable('cycle_tasks')
    .addColumn('id', 'integer', id)
    .addColumn('milestone_id', 'integer', (c) => c.notNull().references('cycle_milestones.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull().check(sqlIn('kind', TASK_KINDS)))
    .addColumn('committee_id', 'integer', (c) => c.references('committees.id').onDelete('cascade'))
    .addColumn('administration_id', 'integer', (c) => c.references('administrations.id').onDelete('cascade'))
    .addColumn('deadline', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull().defaultTo('not_started').check(sqlIn('state', TASK_STATES)))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    // Exactly one assignee: a committee or an administration.
    .addCheckConstraint(
      'cycle_tasks_one_assignee',
      sql`(${sql.ref('committee_id')} is null) <> (${sql.ref('administration_id')} is null)`,
    )
    .execute();
  await schema.createIndex('cycle_tasks_by_milestone').on('cycle_tasks').column('milestone_id').execute();
  await schema.createIndex('cycle_tasks_by_deadline').on('cycle_tasks').columns(['deadline', 'state']).execute();

  await schema
    .createTable('cycle_submissions')
    .addColumn('id', 'integer', id)
    .addColumn('task_id', 'integer', (c) => c.notNull().references('cycle_tasks.id').onDelete('cascade'))
    .addColumn('status', 'text', (c) => c.notNull().check(sqlIn('status', ['draft', 'submitted'])))
    .addColumn('fields', 'text', (c) => c.notNull())
    .addColumn('saved_at', 'text', (c) => c.notNull())
    .addColumn('saved_by', 'text', (c) => c.notNull())
    .addColumn('submitted_at', 'text')
    .execute();
  await schema.createIndex('cycle_submissions_by_task').on('cycle_submissions').column('task_id').execute();

  await schema
    .createTable('cycle_attachments')
    .addColumn('id', 'integer', id)
    .addColumn('task_id', 'integer', (c) => c.notNull().references('cycle_tasks.id').onDelete('cascade'))
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('content_type', 'text', (c) => c.notNull())
    .addColumn('size_bytes', 'integer', (c) => c.notNull().check(sql`${sql.ref('size_bytes')} >= 0`))
    .addColumn('content', engine === 'postgres' ? 'bytea' : 'blob', (c) => c.notNull())
    .addColumn('uploaded_at', 'text', (c) => c.notNull())
    .addColumn('uploaded_by', 'text', (c) => c.notNull())
    .execute();
  await schema.createIndex('cycle_attachments_by_task').on('cycle_attachments').column('task_id').execute();

  await schema
    .createTable('cycle_comments')
    .addColumn('id', 'integer', id)
    .addColumn('task_id', 'integer', (c) => c.notNull().references('cycle_tasks.id').onDelete('cascade'))
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .execute();
  await schema.createIndex('cycle_comments_by_task').on('cycle_comments').column('task_id').execute();

  await schema
    .createTable('cycle_task_history')
    .addColumn('id', 'integer', id)
    .addColumn('task_id', 'integer', (c) => c.notNull().references('cycle_tasks.id').onDelete('cascade'))
    .addColumn('from_state', 'text')
    .addColumn('to_state', 'text', (c) => c.notNull().check(sqlIn('to_state', TASK_STATES)))
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .execute();
  await schema.createIndex('cycle_task_history_by_task').on('cycle_task_history').column('task_id').execute();

  await schema
    .createTable('cycle_reminders')
    .addColumn('id', 'integer', id)
    .addColumn('reminder_key', 'text', (c) => c.notNull().unique())
    .addColumn('kind', 'text', (c) => c.notNull().check(sqlIn('kind', ['before', 'on_day', 'overdue', 'digest'])))
    .addColumn('task_id', 'integer', (c) => c.references('cycle_tasks.id').onDelete('cascade'))
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('recipient', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sqlIn('status', ['sending', 'sent', 'failed'])))
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('claimed_by', 'text', (c) => c.notNull())
    .addColumn('claimed_at', 'text', (c) => c.notNull())
    .addColumn('lease_until', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text')
    .addColumn('last_error', 'text')
    .execute();
  await schema.createIndex('cycle_reminders_by_status').on('cycle_reminders').columns(['status', 'lease_until']).execute();

  await schema
    .createTable('job_leases')
    .addColumn('job', 'text', (c) => c.primaryKey())
    .addColumn('holder', 'text', (c) => c.notNull())
    .addColumn('lease_until', 'text', (c) => c.notNull())
    .addColumn('last_run_at', 'text')
    .execute();
}

const TABLES_CHILDREN_FIRST = [
  'job_leases',
  'cycle_reminders',
  'cycle_task_history',
  'cycle_comments',
  'cycle_attachments',
  'cycle_submissions',
  'cycle_tasks',
  'cycle_milestones',
  'cycles',
] as const;

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of TABLES_CHILDREN_FIRST) await db.schema.dropTable(table).execute();
}

// Column names and literals here are fixed strings of this file, never user input.
function sqlIn(column: string, values: readonly string[]) {
  return sql`${sql.ref(column)} in (${sql.join(values.map((v) => sql.lit(v)))})`;
}
