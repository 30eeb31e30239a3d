// Figures in bulk, for imports of up to millions of rows: staged release
// figures written many rows per statement, and the published measurements
// an import compares against, read per batch. The insert is built as SQL
// text once per batch size and sent precompiled, because building a query of
// thousands of values with the query builder costs more than running it.
import { CompiledQuery } from 'kysely';
import type { Kysely } from 'kysely';
import { engineOf } from '../dialect.js';
import type { Engine } from '../dialect.js';
import type { Database, Flag } from '../tables.js';

/** A staged figure's own columns; the release and the creation stamp are shared by the batch. */
export interface StagedFigureValues {
  indicator_id: number;
  period: string;
  period_sort: number;
  group_id: number;
  area_id: number;
  value: number;
  is_provisional: Flag;
  is_estimated: Flag;
  note: string | null;
  reason: string | null;
}

export interface StagedFigureBatch {
  readonly releaseId: number;
  readonly createdAt: string;
  readonly createdBy: string;
  readonly figures: readonly StagedFigureValues[];
}

const OWN_COLUMNS = ['indicator_id', 'period', 'period_sort', 'group_id', 'area_id', 'value', 'is_provisional', 'is_estimated', 'note', 'reason'] as const;
const COLUMNS = `release_id, created_at, created_by, replaced_value, ${OWN_COLUMNS.join(', ')}`;
const UPSERT =
  'on conflict (release_id, indicator_id, period, group_id, area_id) do update set ' +
  ['period_sort', 'value', 'is_provisional', 'is_estimated', 'note', 'reason', 'replaced_value', 'created_at', 'created_by']
    .map((c) => `${c} = excluded.${c}`)
    .join(', ');

/** Rows per statement: well under SQLite's 32,766 and PostgreSQL's 65,535 parameters. */
const MAX_FIGURES_PER_STATEMENT = 1000;

const statements = new Map<string, string>();

// SQLite: the shared values are bound once and the rows come from a VALUES
// list, fewer parameters to bind than one full tuple per row. PostgreSQL
// would type the VALUES columns as text, so it gets plain tuples.
function stagedInsertSql(engine: Engine, rows: number): string {
  const key = `${engine}:${rows}`;
  const cached = statements.get(key);
  if (cached) return cached;
  const width = OWN_COLUMNS.length;
  let text: string;
  if (engine === 'sqlite') {
    const tuple = `(${OWN_COLUMNS.map(() => '?').join(',')})`;
    const own = OWN_COLUMNS.map((_, i) => `column${i + 1}`).join(', ');
    text = `insert into release_figures (${COLUMNS}) select ?, ?, ?, null, ${own} from (values ${Array(rows).fill(tuple).join(',')}) where true ${UPSERT}`;
  } else {
    const tuples: string[] = [];
    for (let r = 0; r < rows; r++) {
      const marks: string[] = [];
      for (let c = 1; c <= width; c++) marks.push(`$${3 + r * width + c}`);
      tuples.push(`($1, $2, $3, null, ${marks.join(', ')})`);
    }
    text = `insert into release_figures (${COLUMNS}) values ${tuples.join(', ')} ${UPSERT}`;
  }
  statements.set(key, text);
  return text;
}

/** Stages figures, replacing any staged before under the same key in the same release. */
export async function upsertReleaseFigureBatch(db: Kysely<Database>, batch: StagedFigureBatch): Promise<void> {
  const engine = engineOf(db as unknown as Kysely<unknown>);
  for (let start = 0; start < batch.figures.length; start += MAX_FIGURES_PER_STATEMENT) {
    const slice = batch.figures.slice(start, start + MAX_FIGURES_PER_STATEMENT);
    const parameters: unknown[] = [batch.releaseId, batch.createdAt, batch.createdBy];
    for (const f of slice) {
      parameters.push(f.indicator_id, f.period, f.period_sort, f.group_id, f.area_id, f.value, f.is_provisional, f.is_estimated, f.note, f.reason);
    }
    await db.executeQuery(CompiledQuery.raw(stagedInsertSql(engine, slice.length), parameters));
  }
}

/** Removes staged figures of a release by key (an import that now agrees with the published value). */
export async function deleteReleaseFigures(
  db: Kysely<Database>,
  releaseId: number,
  keys: readonly { indicator_id: number; period: string; group_id: number; area_id: number }[],
): Promise<void> {
  for (const key of keys) {
    await db
      .deleteFrom('release_figures')
      .where('release_id', '=', releaseId)
      .where('indicator_id', '=', key.indicator_id)
      .where('period', '=', key.period)
      .where('group_id', '=', key.group_id)
      .where('area_id', '=', key.area_id)
      .execute();
  }
}

export async function countReleaseFigures(db: Kysely<Database>, releaseId: number): Promise<number> {
  const row = await db
    .selectFrom('release_figures')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('release_id', '=', releaseId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function indicatorHasMeasurements(db: Kysely<Database>, indicatorId: number): Promise<boolean> {
  const row = await db.selectFrom('measurements').select('id').where('indicator_id', '=', indicatorId).limit(1).executeTakeFirst();
  return row !== undefined;
}

/** Published measurements of one indicator in the given periods (all groups and areas). */
export async function listMeasurementsInPeriods(db: Kysely<Database>, indicatorId: number, periods: readonly string[]) {
  if (periods.length === 0) return [];
  return db
    .selectFrom('measurements')
    .select(['id', 'period', 'group_id', 'area_id', 'value', 'is_provisional', 'is_estimated', 'note'])
    .where('indicator_id', '=', indicatorId)
    .where('period', 'in', periods)
    .execute();
}
