// The annual cycle's e-mail jobs: the task reminders every morning, the
// secretariat's digest on Monday mornings. Exactly-once sending is the
// service's doing (see src/services/cycle/send-reminders.ts), not the schedule's.
import { sendTaskReminders, sendWeeklyDigest } from '../services/cycle/send-reminders.js';
import type { ScheduledJob } from './job.js';

export const cycleRemindersJob: ScheduledJob = {
  name: 'cycle-reminders',
  schedule: '0 7 * * *',
  run: (ctx) => sendTaskReminders(ctx.db, ctx),
};

export const cycleDigestJob: ScheduledJob = {
  name: 'cycle-digest',
  schedule: '30 7 * * 1',
  run: (ctx) => sendWeeklyDigest(ctx.db, ctx),
};
