// The application's own bookkeeping: the settings an administrator changes,
// the audit log every change writes to, and the leases that let one instance
// among several run a scheduled job.
import type { Generated, Insertable, Selectable } from 'kysely';

export interface SettingsTable {
  key: string;
  value: string; // JSON
  updated_at: string;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  actor: string;
  action: string;
  entity: string;
  entity_id: string | null;
  before: string | null; // JSON
  after: string | null; // JSON
}

/** Which instance runs a scheduled job now, and until when. */
export interface JobLeasesTable {
  job: string;
  holder: string;
  lease_until: string;
  last_run_at: string | null;
}

export interface SystemTables {
  settings: SettingsTable;
  audit_log: AuditLogTable;
  job_leases: JobLeasesTable;
}

export type AuditRow = Selectable<AuditLogTable>;
export type NewAuditRow = Insertable<AuditLogTable>;
