// Runs the scheduled jobs with croner. When several instances share one
// database, each run first takes the job's lease (a row in job_leases), so
// normally one instance does the work and the others skip; the lease runs
// out by itself if its holder dies. The lease saves work; correctness does
// not depend on it (the reminders' claims make each e-mail go once anyway).
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { Cron } from 'croner';
import { acquireJobLease, releaseJobLease } from '../db/repositories/job-leases.js';
import type { Mailer } from '../mail/mailer.js';
import type { Db } from '../services/database.js';
import type { ScheduledJob } from './job.js';

const JOB_LEASE_MINUTES = 15;
export const SCHEDULE_TIME_ZONE = 'Europe/Copenhagen';

export interface SchedulerOptions {
  readonly db: Db;
  readonly mailer: Mailer;
  readonly baseUrl: string;
  readonly instanceId?: string;
  readonly now?: () => Date;
  readonly log?: { info(message: string): void; error(message: string): void };
}

export interface Scheduler {
  readonly instanceId: string;
  /** Runs a job now (as its schedule would): true when this instance held the lease and ran it. */
  runNow(name: string): Promise<boolean>;
  /** Stops the schedules and waits for runs in progress. */
  stop(): Promise<void>;
}

function newInstanceId(): string {
  return `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
}

export function startScheduler(jobs: readonly ScheduledJob[], options: SchedulerOptions): Scheduler {
  const instanceId = options.instanceId ?? newInstanceId();
  const now = options.now ?? (() => new Date());
  const running = new Set<Promise<boolean>>();

  async function runJob(job: ScheduledJob): Promise<boolean> {
    const start = now();
    const leaseUntil = new Date(start.getTime() + JOB_LEASE_MINUTES * 60_000).toISOString();
    if (!(await acquireJobLease(options.db, job.name, instanceId, start.toISOString(), leaseUntil))) return false;
    try {
      const result = await job.run({ db: options.db, mailer: options.mailer, baseUrl: options.baseUrl, instanceId, now: start });
      options.log?.info(`Job ${job.name} ran: ${JSON.stringify(result)}`);
    } catch (error) {
      options.log?.error(`Job ${job.name} failed: ${(error as Error).message}`);
    } finally {
      await releaseJobLease(options.db, job.name, instanceId, now().toISOString()).catch(() => undefined);
    }
    return true;
  }

  function track(job: ScheduledJob): Promise<boolean> {
    const run = runJob(job).catch((error: unknown) => {
      options.log?.error(`Job ${job.name} could not start: ${(error as Error).message}`);
      return false;
    });
    running.add(run);
    void run.finally(() => running.delete(run));
    return run;
  }

  const crons = jobs.map(
    (job) =>
      new Cron(job.schedule, { timezone: SCHEDULE_TIME_ZONE, protect: true, name: `${job.name}-${instanceId}` }, async () => {
        await track(job);
      }),
  );

  return {
    instanceId,
    runNow(name) {
      const job = jobs.find((j) => j.name === name);
      if (!job) return Promise.reject(new Error(`No job named ${name}.`));
      return track(job);
    },
    async stop() {
      for (const cron of crons) cron.stop();
      await Promise.all([...running]);
    },
  };
}
