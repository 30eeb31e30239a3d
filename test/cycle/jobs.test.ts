// The scheduled jobs: each declares its schedule (checked with croner in the
// municipality's time zone), and `barometer serve` starts the e-mail jobs
// only when there is a mail server to send through.
import { Cron } from 'croner';
import { describe, expect, it } from 'vitest';
import { getConfig } from '../../src/config/env.js';
import { JOBS, startBackgroundJobs } from '../../src/jobs/index.js';
import { SCHEDULE_TIME_ZONE } from '../../src/jobs/scheduler.js';
import { createTestDatabase } from '../support/databases.js';

describe('the scheduled jobs', () => {
  it.each([
    ['cycle-reminders', '2013-05-08T12:00:00Z', '2013-05-09T05:00:00.000Z'],
    ['cycle-reminders', '2013-12-08T12:00:00Z', '2013-12-09T06:00:00.000Z'],
    ['cycle-digest', '2013-05-08T12:00:00Z', '2013-05-13T05:30:00.000Z'],
  ])('%s after %s runs next at %s (07:00 or 07:30 in Copenhagen)', (name, after, next) => {
    const job = JOBS.find((j) => j.name === name)!;
    const cron = new Cron(job.schedule, { timezone: SCHEDULE_TIME_ZONE, paused: true });
    expect(cron.nextRun(new Date(after))?.toISOString()).toBe(next);
    cron.stop();
  });

  it('are not started without SMTP_URL, and say so', async () => {
    const database = await createTestDatabase('sqlite');
    const said: string[] = [];
    const jobs = startBackgroundJobs({
      db: database.db,
      config: { ...getConfig(), smtpUrl: null },
      log: { info: (m) => said.push(m), error: (m) => said.push(m) },
    });
    expect(said).toEqual(['Reminder e-mails are off: SMTP_URL is not set.']);
    await jobs.stop();
    const started = startBackgroundJobs({
      db: database.db,
      config: { ...getConfig(), smtpUrl: 'smtp://127.0.0.1:9' },
      log: { info: (m) => said.push(m), error: (m) => said.push(m) },
    });
    expect(said).toHaveLength(1);
    await started.stop();
    await database.drop();
  });
});
