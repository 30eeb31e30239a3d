// What a scheduled job is: a name, its own schedule (cron syntax, in the
// municipality's time zone) and the work, given what it needs to run.
import type { Mailer } from '../mail/mailer.js';
import type { Db } from '../services/database.js';

export interface JobContext {
  readonly db: Db;
  readonly mailer: Mailer;
  readonly baseUrl: string;
  /** Names this instance in leases and claims. */
  readonly instanceId: string;
  readonly now: Date;
}

export interface ScheduledJob {
  readonly name: string;
  /** Cron pattern (minute hour day month weekday). */
  readonly schedule: string;
  run(ctx: JobContext): Promise<unknown>;
}
