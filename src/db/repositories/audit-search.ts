// Reading the audit log for administrators: filtered, newest first, a page at
// a time. There is deliberately nothing here that changes an entry.
import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { Database } from '../tables.js';

export interface AuditFilter {
  entity?: string;
  entityId?: string;
  action?: string;
  /** Part of the actor's name or e-mail address, any case. */
  actor?: string;
  /** Inclusive `YYYY-MM-DD` bounds on the day of the change (UTC). */
  fromDay?: string;
  toDay?: string;
}

function filtered(db: Kysely<Database>, filter: AuditFilter) {
  let query = db.selectFrom('audit_log');
  if (filter.entity) query = query.where('entity', '=', filter.entity);
  if (filter.entityId) query = query.where('entity_id', '=', filter.entityId);
  if (filter.action) query = query.where('action', '=', filter.action);
  if (filter.actor) {
    const pattern = `%${filter.actor.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query = query.where(sql<boolean>`lower(${sql.ref('actor')}) like ${pattern} escape '\\'`);
  }
  if (filter.fromDay) query = query.where('at', '>=', filter.fromDay);
  // Every timestamp of a day sorts before the next day's date.
  if (filter.toDay) query = query.where('at', '<', nextDay(filter.toDay));
  return query;
}

function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

export async function searchAuditEntries(db: Kysely<Database>, filter: AuditFilter, page: { offset: number; limit: number }) {
  return filtered(db, filter).selectAll().orderBy('id', 'desc').offset(page.offset).limit(page.limit).execute();
}

export async function countAuditEntries(db: Kysely<Database>, filter: AuditFilter): Promise<number> {
  const row = await filtered(db, filter)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function findAuditEntry(db: Kysely<Database>, id: number) {
  return db.selectFrom('audit_log').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The kinds of thing and of change that occur, for the filter's choices. */
export async function listAuditVocabulary(db: Kysely<Database>) {
  const [entities, actions] = await Promise.all([
    db.selectFrom('audit_log').select('entity').distinct().orderBy('entity').execute(),
    db.selectFrom('audit_log').select('action').distinct().orderBy('action').execute(),
  ]);
  return { entities: entities.map((r) => r.entity), actions: actions.map((r) => r.action) };
}
