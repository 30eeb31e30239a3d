// Publishing a release: its row marked published, and its staged figures
// applied to the published measurements by a few set-based statements, each
// handling every staged figure of the release at once, so publishing 10,000
// figures takes five statements rather than two or three per figure. The
// service runs them in one transaction (src/services/releases.ts).
import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { Database } from '../tables.js';

/** Marks a draft published; undefined when it is no draft any more (another publication got there first). */
export async function markReleasePublished(db: Kysely<Database>, id: number, publication: { publishedOn: string; publishedAt: string; publishedBy: string }) {
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

// In the statements below `f` is a staged figure, `m` the published
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
