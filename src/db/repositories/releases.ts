// Releases: dated rounds of figures, their staged figures, and the record of
// indicators that had no new figure; and publication as a few set-based
// statements that apply every staged figure at once (see the end).
import { sql } from 'kysely';
import type { Insertable, Kysely } from 'kysely';
import type { Database, NewReleaseFigure, ReleaseMissingTable, ReleasesTable } from '../tables.js';

export async function insertRelease(db: Kysely<Database>, row: Insertable<ReleasesTable>) {
  return db.insertInto('releases').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function findRelease(db: Kysely<Database>, id: number) {
  return db.selectFrom('releases').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listReleases(db: Kysely<Database>, policyId: number) {
  return db
    .selectFrom('releases')
    .selectAll()
    .where('policy_id', '=', policyId)
    .orderBy('published_on', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

/** The newest published release of a policy. */
export async function findLatestPublishedRelease(db: Kysely<Database>, policyId: number) {
  return db
    .selectFrom('releases')
    .selectAll()
    .where('policy_id', '=', policyId)
    .where('state', '=', 'published')
    .orderBy('published_on', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export async function upsertReleaseFigure(db: Kysely<Database>, row: NewReleaseFigure) {
  const { release_id: _r, indicator_id: _i, period: _p, group_id: _g, area_id: _a, ...rest } = row;
  return db
    .insertInto('release_figures')
    .values(row)
    .onConflict((oc) => oc.columns(['release_id', 'indicator_id', 'period', 'group_id', 'area_id']).doUpdateSet(rest))
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function listReleaseFigures(db: Kysely<Database>, releaseId: number) {
  return db.selectFrom('release_figures').selectAll().where('release_id', '=', releaseId).orderBy('id').execute();
}

export async function setReplacedValue(db: Kysely<Database>, figureId: number, value: number | null) {
  await db.updateTable('release_figures').set({ replaced_value: value }).where('id', '=', figureId).execute();
}

export async function upsertReleaseMissing(db: Kysely<Database>, row: Insertable<ReleaseMissingTable>) {
  const { release_id: _r, indicator_id: _i, ...rest } = row;
  await db
    .insertInto('release_missing')
    .values(row)
    .onConflict((oc) => oc.columns(['release_id', 'indicator_id']).doUpdateSet(rest))
    .execute();
}

export async function listReleaseMissing(db: Kysely<Database>, releaseId: number) {
  return db.selectFrom('release_missing').selectAll().where('release_id', '=', releaseId).execute();
}

export async function markReleasePublished(
  db: Kysely<Database>,
  id: number,
  publication: { publishedOn: string; publishedAt: string; publishedBy: string },
) {
  return db
    .updateTable('releases')
    .set({
      state: 'published',
      published_on: publication.publishedOn,
      published_at: publication.publishedAt,
      published_by: publication.publishedBy,
    })
    .where('id', '=', id)
    .where('state', '=', 'draft')
    .returningAll()
    .executeTakeFirst();
}

/** Every release of every policy, newest first: the admin area's list. */
export async function listAllReleases(db: Kysely<Database>) {
  return db.selectFrom('releases').selectAll().orderBy('id', 'desc').execute();
}

/** The figures a release stages, with the codes people know them by. */
export async function listReleaseFigureViews(db: Kysely<Database>, releaseId: number, limit: number) {
  return db
    .selectFrom('release_figures as f')
    .innerJoin('indicators as i', 'i.id', 'f.indicator_id')
    .innerJoin('groups as g', 'g.id', 'f.group_id')
    .innerJoin('areas as a', 'a.id', 'f.area_id')
    .select([
      'f.id',
      'i.code as indicator',
      'i.data_owner_id',
      'f.period',
      'g.code as group_code',
      'a.code as area_code',
      'f.value',
      'f.is_provisional',
      'f.is_estimated',
      'f.note',
      'f.reason',
      'f.replaced_value',
      'f.created_by',
      'f.created_at',
    ])
    .where('f.release_id', '=', releaseId)
    .orderBy('i.code')
    .orderBy('f.period_sort')
    .orderBy('g.code')
    .orderBy('a.code')
    .limit(limit)
    .execute();
}

// Publication, set-based: each statement handles every staged figure of the
// release at once, so publishing 10,000 figures takes five statements rather
// than two or three per figure. `f` is a staged figure, `m` the published
// measurement with the same key; a figure "differs" when its value, flags
// or note are not those published (the note compared null-safely).
const SAME_KEY = sql`m.indicator_id = f.indicator_id and m.period = f.period and m.group_id = f.group_id and m.area_id = f.area_id`;
const DIFFERS = sql`(m.value <> f.value or m.is_provisional <> f.is_provisional or m.is_estimated <> f.is_estimated or m.note is distinct from f.note)`;

/** The period of a staged figure that changes a published one without saying why, if any. */
export async function findRevisionWithoutReason(db: Kysely<Database>, releaseId: number): Promise<string | null> {
  const { rows } = await sql<{ period: string }>`
    select f.period from release_figures f join measurements m on ${SAME_KEY}
    where f.release_id = ${releaseId} and (f.reason is null or f.reason = '') and ${DIFFERS}
    limit 1`.execute(db);
  return rows[0]?.period ?? null;
}

/** Keeps the published state of every measurement the release revises; returns how many. */
export async function insertHistoryOfRevisions(db: Kysely<Database>, releaseId: number, at: string, actor: string): Promise<number> {
  const result = await sql`
    insert into measurement_history (measurement_id, value, is_provisional, is_estimated, note, release_id, replaced_by_release_id, replaced_at, replaced_by, reason)
    select m.id, m.value, m.is_provisional, m.is_estimated, m.note, m.release_id, ${releaseId}, ${at}, ${actor}, f.reason
    from release_figures f join measurements m on ${SAME_KEY}
    where f.release_id = ${releaseId} and ${DIFFERS}`.execute(db);
  return Number(result.numAffectedRows ?? 0);
}

/** Notes on each revising staged figure the value it replaces (before the measurements change). */
export async function recordReplacedValues(db: Kysely<Database>, releaseId: number): Promise<void> {
  await sql`
    update release_figures as f set replaced_value = (select m.value from measurements m where ${SAME_KEY})
    where f.release_id = ${releaseId} and exists (select 1 from measurements m where ${SAME_KEY} and ${DIFFERS})`.execute(db);
}

/** Gives every revised measurement the staged figure's value, flags and note. */
export async function applyRevisions(db: Kysely<Database>, releaseId: number, at: string, actor: string): Promise<void> {
  const staged = (column: 'value' | 'is_provisional' | 'is_estimated' | 'note') =>
    sql`(select f.${sql.ref(column)} from release_figures f where f.release_id = ${releaseId} and ${SAME_KEY})`;
  await sql`
    update measurements as m set
      value = ${staged('value')}, is_provisional = ${staged('is_provisional')}, is_estimated = ${staged('is_estimated')}, note = ${staged('note')},
      release_id = ${releaseId}, updated_at = ${at}, updated_by = ${actor}
    where m.indicator_id in (select indicator_id from release_figures where release_id = ${releaseId})
      and exists (select 1 from release_figures f where f.release_id = ${releaseId} and ${SAME_KEY} and ${DIFFERS})`.execute(db);
}

/** Publishes every staged figure that has no measurement yet; returns how many. */
export async function insertNewMeasurements(db: Kysely<Database>, releaseId: number, at: string, actor: string): Promise<number> {
  const result = await sql`
    insert into measurements (indicator_id, period, period_sort, group_id, area_id, value, is_provisional, is_estimated, note, release_id, updated_at, updated_by)
    select f.indicator_id, f.period, f.period_sort, f.group_id, f.area_id, f.value, f.is_provisional, f.is_estimated, f.note, ${releaseId}, ${at}, ${actor}
    from release_figures f
    where f.release_id = ${releaseId} and not exists (select 1 from measurements m where ${SAME_KEY})`.execute(db);
  return Number(result.numAffectedRows ?? 0);
}
