// The domain model: policies down to indicators, committees, groups, areas,
// releases and their figures, published measurements with their history, and
// the audit log. Written once for SQLite and PostgreSQL.
import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import { autoIdColumn, engineOf } from '../dialect.js';

export async function up(db: Kysely<unknown>): Promise<void> {
  const id = autoIdColumn(engineOf(db));
  const schema = db.schema;

  await schema
    .createTable('settings')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await schema
    .createTable('administrations')
    .addColumn('id', 'integer', id)
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('name_da', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text')
    .execute();

  await schema
    .createTable('committees')
    .addColumn('id', 'integer', id)
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('name_da', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text')
    .addColumn('administration_id', 'integer', (c) => c.references('administrations.id'))
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();

  await schema
    .createTable('policies')
    .addColumn('id', 'integer', id)
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('title_da', 'text', (c) => c.notNull())
    .addColumn('title_en', 'text')
    .addColumn('subtitle_da', 'text')
    .addColumn('subtitle_en', 'text')
    .addColumn('description_da', 'text')
    .addColumn('description_en', 'text')
    .addColumn('first_year', 'integer', (c) => c.notNull())
    .addColumn('last_year', 'integer', (c) => c.notNull())
    .addColumn('adopted_on', 'text')
    .addColumn('state', 'text', (c) => c.notNull().defaultTo('draft').check(sqlIn('state', ['draft', 'active', 'archived'])))
    .addColumn('default_method', 'text', (c) => c.notNull().defaultTo('direction').check(sqlIn('default_method', METHODS)))
    .execute();

  await schema
    .createTable('focus_areas')
    .addColumn('id', 'integer', id)
    .addColumn('policy_id', 'integer', (c) => c.notNull().references('policies.id').onDelete('cascade'))
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('title_da', 'text', (c) => c.notNull())
    .addColumn('title_en', 'text')
    .addColumn('description_da', 'text')
    .addColumn('description_en', 'text')
    .addUniqueConstraint('focus_areas_policy_code', ['policy_id', 'code'])
    .execute();

  await schema
    .createTable('goals')
    .addColumn('id', 'integer', id)
    .addColumn('policy_id', 'integer', (c) => c.notNull().references('policies.id').onDelete('cascade'))
    .addColumn('focus_area_id', 'integer', (c) => c.notNull().references('focus_areas.id').onDelete('cascade'))
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('title_da', 'text', (c) => c.notNull())
    .addColumn('title_en', 'text')
    .addColumn('description_da', 'text')
    .addColumn('description_en', 'text')
    .addUniqueConstraint('goals_policy_code', ['policy_id', 'code'])
    .execute();

  await schema
    .createTable('goal_committees')
    .addColumn('goal_id', 'integer', (c) => c.notNull().references('goals.id').onDelete('cascade'))
    .addColumn('committee_id', 'integer', (c) => c.notNull().references('committees.id').onDelete('cascade'))
    .addColumn('role', 'text', (c) => c.notNull().defaultTo('lead').check(sqlIn('role', ['lead', 'shared'])))
    .addPrimaryKeyConstraint('goal_committees_pk', ['goal_id', 'committee_id'])
    .execute();

  await schema
    .createTable('groups')
    .addColumn('id', 'integer', id)
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('name_da', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text')
    .execute();

  await schema
    .createTable('areas')
    .addColumn('id', 'integer', id)
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('name_da', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text')
    .addColumn('kind', 'text', (c) => c.notNull().check(sqlIn('kind', ['municipality', 'district', 'region', 'country', 'other'])))
    .addColumn('parent_id', 'integer', (c) => c.references('areas.id'))
    .execute();

  await schema
    .createTable('indicators')
    .addColumn('id', 'integer', id)
    .addColumn('policy_id', 'integer', (c) => c.notNull().references('policies.id').onDelete('cascade'))
    .addColumn('goal_id', 'integer', (c) => c.notNull().references('goals.id').onDelete('cascade'))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('title_da', 'text', (c) => c.notNull())
    .addColumn('title_en', 'text')
    .addColumn('description_da', 'text')
    .addColumn('description_en', 'text')
    .addColumn('unit', 'text', (c) => c.notNull())
    .addColumn('precision', 'integer', (c) => c.notNull().defaultTo(1).check(sqlBetween('precision', 0, 6)))
    .addColumn('direction', 'text', (c) => c.notNull().check(sqlIn('direction', ['increase', 'decrease'])))
    .addColumn('baseline_period', 'text')
    .addColumn('target_value', 'double precision')
    .addColumn('target_period', 'text')
    .addColumn('tolerance', 'double precision', (c) => c.notNull().defaultTo(0).check(sqlAtLeastZero('tolerance')))
    .addColumn('method', 'text', (c) => c.check(sqlIn('method', METHODS)))
    .addColumn('limit_value', 'double precision')
    .addColumn('is_main', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('headline_kind', 'text', (c) => c.notNull().defaultTo('total').check(sqlIn('headline_kind', ['total', 'group', 'gap'])))
    .addColumn('headline_group_id', 'integer', (c) => c.references('groups.id'))
    .addColumn('reference_group_id', 'integer', (c) => c.references('groups.id'))
    .addColumn('default_area_id', 'integer', (c) => c.references('areas.id'))
    .addColumn('data_owner_id', 'integer', (c) => c.references('administrations.id'))
    .addColumn('source_da', 'text')
    .addColumn('source_en', 'text')
    .addColumn('update_frequency', 'text', (c) =>
      c.notNull().defaultTo('yearly').check(sqlIn('update_frequency', ['yearly', 'quarterly', 'monthly', 'irregular'])),
    )
    .addColumn('min_value', 'double precision')
    .addColumn('max_value', 'double precision')
    .addUniqueConstraint('indicators_policy_code', ['policy_id', 'code'])
    .execute();

  await schema
    .createTable('indicator_groups')
    .addColumn('indicator_id', 'integer', (c) => c.notNull().references('indicators.id').onDelete('cascade'))
    .addColumn('group_id', 'integer', (c) => c.notNull().references('groups.id'))
    .addPrimaryKeyConstraint('indicator_groups_pk', ['indicator_id', 'group_id'])
    .execute();

  await schema
    .createTable('releases')
    .addColumn('id', 'integer', id)
    .addColumn('policy_id', 'integer', (c) => c.notNull().references('policies.id'))
    .addColumn('title_da', 'text', (c) => c.notNull())
    .addColumn('title_en', 'text')
    .addColumn('note_da', 'text')
    .addColumn('note_en', 'text')
    .addColumn('state', 'text', (c) => c.notNull().defaultTo('draft').check(sqlIn('state', ['draft', 'published'])))
    .addColumn('published_on', 'text')
    .addColumn('published_at', 'text')
    .addColumn('published_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .execute();

  await schema
    .createTable('release_figures')
    .addColumn('id', 'integer', id)
    .addColumn('release_id', 'integer', (c) => c.notNull().references('releases.id').onDelete('cascade'))
    .addColumn('indicator_id', 'integer', (c) => c.notNull().references('indicators.id'))
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('period_sort', 'integer', (c) => c.notNull())
    .addColumn('group_id', 'integer', (c) => c.notNull().references('groups.id'))
    .addColumn('area_id', 'integer', (c) => c.notNull().references('areas.id'))
    .addColumn('value', 'double precision', (c) => c.notNull())
    .addColumn('is_provisional', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('is_estimated', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('note', 'text')
    .addColumn('reason', 'text')
    .addColumn('replaced_value', 'double precision')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addUniqueConstraint('release_figures_key', ['release_id', 'indicator_id', 'period', 'group_id', 'area_id'])
    .execute();

  await schema
    .createTable('release_missing')
    .addColumn('release_id', 'integer', (c) => c.notNull().references('releases.id').onDelete('cascade'))
    .addColumn('indicator_id', 'integer', (c) => c.notNull().references('indicators.id'))
    .addColumn('administration_id', 'integer', (c) => c.references('administrations.id'))
    .addColumn('missing_since', 'text')
    .addColumn('reason_da', 'text')
    .addColumn('reason_en', 'text')
    .addColumn('expected_da', 'text')
    .addColumn('expected_en', 'text')
    .addPrimaryKeyConstraint('release_missing_pk', ['release_id', 'indicator_id'])
    .execute();

  await schema
    .createTable('measurements')
    .addColumn('id', 'integer', id)
    .addColumn('indicator_id', 'integer', (c) => c.notNull().references('indicators.id').onDelete('cascade'))
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('period_sort', 'integer', (c) => c.notNull())
    .addColumn('group_id', 'integer', (c) => c.notNull().references('groups.id'))
    .addColumn('area_id', 'integer', (c) => c.notNull().references('areas.id'))
    .addColumn('value', 'double precision', (c) => c.notNull())
    .addColumn('is_provisional', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('is_estimated', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('note', 'text')
    .addColumn('release_id', 'integer', (c) => c.notNull().references('releases.id'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addUniqueConstraint('measurements_key', ['indicator_id', 'period', 'group_id', 'area_id'])
    .execute();
  await schema.createIndex('measurements_by_indicator').on('measurements').columns(['indicator_id', 'period_sort']).execute();

  await schema
    .createTable('measurement_history')
    .addColumn('id', 'integer', id)
    .addColumn('measurement_id', 'integer', (c) => c.notNull().references('measurements.id').onDelete('cascade'))
    .addColumn('value', 'double precision', (c) => c.notNull())
    .addColumn('is_provisional', 'integer', (c) => c.notNull())
    .addColumn('is_estimated', 'integer', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('release_id', 'integer', (c) => c.notNull().references('releases.id'))
    .addColumn('replaced_by_release_id', 'integer', (c) => c.notNull().references('releases.id'))
    .addColumn('replaced_at', 'text', (c) => c.notNull())
    .addColumn('replaced_by', 'text', (c) => c.notNull())
    .addColumn('reason', 'text')
    .execute();
  await schema.createIndex('measurement_history_by_measurement').on('measurement_history').column('measurement_id').execute();

  await schema
    .createTable('audit_log')
    .addColumn('id', 'integer', id)
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text')
    .addColumn('before', 'text')
    .addColumn('after', 'text')
    .execute();
  await schema.createIndex('audit_log_by_entity').on('audit_log').columns(['entity', 'entity_id']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'audit_log', 'measurement_history', 'measurements', 'release_missing', 'release_figures', 'releases',
    'indicator_groups', 'indicators', 'areas', 'groups', 'goal_committees', 'goals', 'focus_areas',
    'policies', 'committees', 'administrations', 'settings',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}

const METHODS = ['direction', 'trajectory', 'opensdg'];

// CHECK constraints as raw SQL fragments; column names and literals here are
// fixed strings of this file, never user input.
function sqlIn(column: string, values: readonly string[]) {
  return sql`${sql.ref(column)} in (${sql.join(values.map((v) => sql.lit(v)))})`;
}
function sqlBetween(column: string, low: number, high: number) {
  return sql`${sql.ref(column)} between ${sql.lit(low)} and ${sql.lit(high)}`;
}
function sqlAtLeastZero(column: string) {
  return sql`${sql.ref(column)} >= 0`;
}
