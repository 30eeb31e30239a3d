// The scheduled jobs' leases: one row per job naming the instance that runs
// it now and until when, so that of several instances sharing a database
// normally one does the work. Each function is one statement, atomic on both
// engines; see src/jobs/scheduler.ts.
import type { Kysely } from 'kysely';
import type { Database } from '../tables.js';

/** Takes the job's lease if it is free, expired or already ours. */
export async function acquireJobLease(db: Kysely<Database>, job: string, holder: string, now: string, leaseUntil: string): Promise<boolean> {
  const inserted = await db
    .insertInto('job_leases')
    .values({ job, holder, lease_until: leaseUntil, last_run_at: null })
    .onConflict((oc) => oc.column('job').doNothing())
    .returning('job')
    .executeTakeFirst();
  if (inserted) return true;
  const taken = await db
    .updateTable('job_leases')
    .set({ holder, lease_until: leaseUntil })
    .where('job', '=', job)
    .where((eb) => eb.or([eb('lease_until', '<', now), eb('holder', '=', holder)]))
    .executeTakeFirst();
  return Number(taken.numUpdatedRows) === 1;
}

/** Frees the lease at `at` (which is also when the job last ran); only its holder can. */
export async function releaseJobLease(db: Kysely<Database>, job: string, holder: string, at: string): Promise<void> {
  await db.updateTable('job_leases').set({ lease_until: at, last_run_at: at }).where('job', '=', job).where('holder', '=', holder).execute();
}
