// Action plans, the project bank and the consultation catalogue.
//
// Conventions as in the initial model, plus one for money: amounts are whole
// Danish kroner in `bigint` columns (64-bit on both engines, read back as
// numbers by the PostgreSQL type parser in dialect.ts). Budgets are decided
// in whole kroner, so integers keep every total exact; 64 bits leave room for
// a whole city's overview.
//
// A revised action plan is a new row in action_plan_versions with its own
// copy of the initiatives, so every earlier version stays as it was. A
// project's internal fields live in their own table (project_internal) so
// that no public query can select them by accident.
import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import { autoIdColumn, engineOf } from '../dialect.js';

export async function up(db: Kysely<unknown>): Promise<void> {
  const id = autoIdColumn(engineOf(db));
  const schema = db.schema;

  await schema
    .createTable('action_plans')
    .addColumn('id', 'integer', id)
    .addColumn('policy_id', 'integer', (c) => c.notNull().references('policies.id').onDelete('cascade'))
    .addColumn('committee_id', 'integer', (c) => c.notNull().references('committees.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addUniqueConstraint('action_plans_key', ['policy_id', 'committee_id', 'year'])
    .execute();

  await schema
    .createTable('action_plan_versions')
    .addColumn('id', 'integer', id)
    .addColumn('action_plan_id', 'integer', (c) => c.notNull().references('action_plans.id').onDelete('cascade'))
    .addColumn('number', 'integer', (c) => c.notNull().check(sql`${sql.ref('number')} >= 1`))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('summary', 'text')
    .addColumn('revision_note', 'text')
    .addColumn('approved_on', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addUniqueConstraint('action_plan_versions_key', ['action_plan_id', 'number'])
    .execute();

  await schema
    .createTable('action_plan_initiatives')
    .addColumn('id', 'integer', id)
    .addColumn('version_id', 'integer', (c) => c.notNull().references('action_plan_versions.id').onDelete('cascade'))
    .addColumn('sort_order', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('result_target', 'text', (c) => c.notNull())
    .addColumn('indicator_id', 'integer', (c) => c.references('indicators.id').onDelete('set null'))
    .addColumn('owner', 'text')
    .addColumn('first_year', 'integer', (c) => c.notNull())
    .addColumn('last_year', 'integer', (c) => c.notNull())
    .addCheckConstraint('action_plan_initiatives_years', sql`${sql.ref('last_year')} >= ${sql.ref('first_year')}`)
    .execute();
  await schema.createIndex('action_plan_initiatives_by_version').on('action_plan_initiatives').column('version_id').execute();

  await schema
    .createTable('action_plan_initiative_goals')
    .addColumn('initiative_id', 'integer', (c) => c.notNull().references('action_plan_initiatives.id').onDelete('cascade'))
    .addColumn('goal_id', 'integer', (c) => c.notNull().references('goals.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('action_plan_initiative_goals_pk', ['initiative_id', 'goal_id'])
    .execute();

  await schema
    .createTable('action_plan_budgets')
    .addColumn('initiative_id', 'integer', (c) => c.notNull().references('action_plan_initiatives.id').onDelete('cascade'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('amount_kr', 'bigint', (c) => c.notNull().check(sql`${sql.ref('amount_kr')} >= 0`))
    .addPrimaryKeyConstraint('action_plan_budgets_pk', ['initiative_id', 'year'])
    .execute();

  await createProjectTables(db, id);
  await createConsultationTables(db, id);
}

async function createProjectTables(db: Kysely<unknown>, id: ReturnType<typeof autoIdColumn>): Promise<void> {
  const schema = db.schema;
  await schema
    .createTable('projects')
    .addColumn('id', 'integer', id)
    .addColumn('reference', 'text', (c) => c.unique())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('owner', 'text', (c) => c.notNull())
    .addColumn('committee_id', 'integer', (c) => c.notNull().references('committees.id'))
    .addColumn('administration_id', 'integer', (c) => c.references('administrations.id'))
    .addColumn('start_on', 'text', (c) => c.notNull())
    .addColumn('end_on', 'text', (c) => c.notNull())
    .addColumn('budget_kr', 'bigint', (c) => c.check(sql`${sql.ref('budget_kr')} >= 0`))
    .addColumn('cofunding_kr', 'bigint', (c) => c.notNull().defaultTo(0).check(sql`${sql.ref('cofunding_kr')} >= 0`))
    .addColumn('funding_source', 'text')
    .addColumn('target_group', 'text')
    .addColumn('contact', 'text')
    // The account that may edit the project (a project owner); never shown in public.
    .addColumn('owner_user_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addCheckConstraint('projects_period', sql`${sql.ref('end_on')} >= ${sql.ref('start_on')}`)
    .execute();
  await schema.createIndex('projects_by_committee').on('projects').column('committee_id').execute();

  await schema
    .createTable('project_goals')
    .addColumn('project_id', 'integer', (c) => c.notNull().references('projects.id').onDelete('cascade'))
    .addColumn('goal_id', 'integer', (c) => c.notNull().references('goals.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('project_goals_pk', ['project_id', 'goal_id'])
    .execute();

  await schema
    .createTable('project_internal')
    .addColumn('project_id', 'integer', (c) => c.primaryKey().references('projects.id').onDelete('cascade'))
    .addColumn('case_number', 'text')
    .addColumn('internal_note', 'text')
    .execute();

  await schema
    .createTable('project_monitoring')
    .addColumn('id', 'integer', id)
    .addColumn('project_id', 'integer', (c) => c.notNull().references('projects.id').onDelete('cascade'))
    .addColumn('quarter', 'text', (c) => c.notNull())
    .addColumn('quarter_index', 'integer', (c) => c.notNull())
    .addColumn('rating', 'text', (c) => c.notNull().check(sqlIn('rating', ['green', 'yellow', 'red'])))
    .addColumn('comment', 'text', (c) => c.notNull())
    .addColumn('follow_up_on', 'text')
    .addColumn('follow_up_note', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('project_monitoring_key', ['project_id', 'quarter_index'])
    .execute();

  await schema
    .createTable('project_evaluations')
    .addColumn('id', 'integer', id)
    .addColumn('project_id', 'integer', (c) => c.notNull().references('projects.id').onDelete('cascade'))
    .addColumn('state', 'text', (c) => c.notNull().check(sqlIn('state', ['planned', 'done'])))
    .addColumn('method', 'text', (c) => c.notNull())
    .addColumn('planned_for', 'text')
    .addColumn('completed_on', 'text')
    .addColumn('result', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await schema.createIndex('project_evaluations_by_project').on('project_evaluations').column('project_id').execute();

  await schema
    .createTable('project_decisions')
    .addColumn('id', 'integer', id)
    .addColumn('project_id', 'integer', (c) => c.notNull().references('projects.id').onDelete('cascade'))
    .addColumn('decision', 'text', (c) => c.notNull().check(sqlIn('decision', ['anchor', 'extend', 'end'])))
    .addColumn('decided_on', 'text', (c) => c.notNull())
    .addColumn('extended_until', 'text')
    .addColumn('note', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addCheckConstraint(
      'project_decisions_extension',
      sql`${sql.ref('decision')} <> 'extend' or ${sql.ref('extended_until')} is not null`,
    )
    .execute();
  await schema.createIndex('project_decisions_by_project').on('project_decisions').column('project_id').execute();
}

async function createConsultationTables(db: Kysely<unknown>, id: ReturnType<typeof autoIdColumn>): Promise<void> {
  const schema = db.schema;
  await schema
    .createTable('consultation_inputs')
    .addColumn('id', 'integer', id)
    .addColumn('policy_id', 'integer', (c) => c.notNull().references('policies.id').onDelete('cascade'))
    .addColumn('source_kind', 'text', (c) =>
      c.notNull().check(sqlIn('source_kind', ['public_meeting', 'micro_panel', 'blog', 'written_answer'])),
    )
    .addColumn('received_on', 'text', (c) => c.notNull())
    .addColumn('author', 'text')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sqlIn('status', ['used', 'inspiration', 'set_aside'])))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();

  await schema
    .createTable('consultation_input_goals')
    .addColumn('input_id', 'integer', (c) => c.notNull().references('consultation_inputs.id').onDelete('cascade'))
    .addColumn('goal_id', 'integer', (c) => c.notNull().references('goals.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('consultation_input_goals_pk', ['input_id', 'goal_id'])
    .execute();

  await schema
    .createTable('consultation_input_committees')
    .addColumn('input_id', 'integer', (c) => c.notNull().references('consultation_inputs.id').onDelete('cascade'))
    .addColumn('committee_id', 'integer', (c) => c.notNull().references('committees.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('consultation_input_committees_pk', ['input_id', 'committee_id'])
    .execute();
}

// Children first, the order in which they can be dropped.
const TABLES_CHILDREN_FIRST = [
  'consultation_input_committees',
  'consultation_input_goals',
  'consultation_inputs',
  'project_decisions',
  'project_evaluations',
  'project_monitoring',
  'project_internal',
  'project_goals',
  'projects',
  'action_plan_budgets',
  'action_plan_initiative_goals',
  'action_plan_initiatives',
  'action_plan_versions',
  'action_plans',
] as const;

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of TABLES_CHILDREN_FIRST) await db.schema.dropTable(table).execute();
}

// Column names and literals here are fixed strings of this file, never user input.
function sqlIn(column: string, values: readonly string[]) {
  return sql`${sql.ref(column)} in (${sql.join(values.map((v) => sql.lit(v)))})`;
}
