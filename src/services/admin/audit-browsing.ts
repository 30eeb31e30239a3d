// The audit log as administrators browse it: filtered pages of entries, and
// one entry with its values before and after and the fields that changed.
import type { Kysely } from 'kysely';
import { countAuditEntries, findAuditEntry, listAuditVocabulary, searchAuditEntries } from '../../db/repositories/audit-search.js';
import type { AuditFilter } from '../../db/repositories/audit-search.js';
import type { AuditRow, Database } from '../../db/tables.js';
import { NotFound } from '../errors.js';

export type { AuditFilter };

const AUDIT_PAGE_SIZE = 50;

export interface AuditEntry {
  readonly id: number;
  readonly at: string;
  readonly actor: string;
  readonly action: string;
  readonly entity: string;
  readonly entityId: string | null;
  readonly before: unknown;
  readonly after: unknown;
}

export interface FieldChange {
  readonly field: string;
  readonly before: string;
  readonly after: string;
}

const parse = (json: string | null): unknown => (json === null ? null : (JSON.parse(json) as unknown));

function toAuditEntry(row: AuditRow): AuditEntry {
  return {
    id: row.id,
    at: row.at,
    actor: row.actor,
    action: row.action,
    entity: row.entity,
    entityId: row.entity_id,
    before: parse(row.before),
    after: parse(row.after),
  };
}

export async function browseAudit(db: Kysely<Database>, filter: AuditFilter, page: number) {
  const [total, vocabulary] = await Promise.all([countAuditEntries(db, filter), listAuditVocabulary(db)]);
  const pages = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  const current = Math.min(Math.max(1, page), pages);
  const rows = await searchAuditEntries(db, filter, { offset: (current - 1) * AUDIT_PAGE_SIZE, limit: AUDIT_PAGE_SIZE });
  return { entries: rows.map(toAuditEntry), total, page: current, pages, vocabulary };
}

const show = (value: unknown) => (value === undefined ? '' : typeof value === 'string' ? value : JSON.stringify(value));
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The fields whose values differ, when before and after are both records. */
function fieldChanges(before: unknown, after: unknown): FieldChange[] {
  if (!isRecord(before) || !isRecord(after)) return [];
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return fields
    .filter((field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]))
    .map((field) => ({ field, before: show(before[field]), after: show(after[field]) }));
}

export async function getAuditEntry(db: Kysely<Database>, id: number) {
  const row = await findAuditEntry(db, id);
  if (!row) throw new NotFound('error.audit.noSuchEntry', { id });
  const entry = toAuditEntry(row);
  return { entry, changes: fieldChanges(entry.before, entry.after) };
}
