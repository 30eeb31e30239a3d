// The background jobs `barometer serve` starts. The cycle's e-mail jobs need
// a mail server: without SMTP_URL they are not started (reminders would only
// reach the log and then count as sent), and the log says so.
import type { Config } from '../config/env.js';
import { createSmtpMailer } from '../mail/mailer.js';
import type { Db } from '../services/database.js';
import { cycleDigestJob, cycleRemindersJob } from './cycle-reminder-jobs.js';
import { startScheduler } from './scheduler.js';
import type { Scheduler } from './scheduler.js';

export const JOBS = [cycleRemindersJob, cycleDigestJob] as const;

export function startBackgroundJobs(options: {
  db: Db;
  config: Config;
  log: { info(message: string): void; error(message: string): void };
}): Pick<Scheduler, 'stop'> {
  const { config, log } = options;
  if (!config.smtpUrl) {
    log.info('Reminder e-mails are off: SMTP_URL is not set.');
    return { stop: async () => undefined };
  }
  return startScheduler(JOBS, { db: options.db, mailer: createSmtpMailer(config.smtpUrl, config.mailFrom), baseUrl: config.baseUrl, log });
}
