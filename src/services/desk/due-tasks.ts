// The secretariat's view of the cycle on the desk: what is overdue and what
// falls due in the coming days, per committee and administration, so the
// reminders a secretariat would otherwise keep in a spreadsheet are on the
// first page after signing in.
import type { Kysely } from 'kysely';
import type { Database } from '../../db/tables.js';
import { groupByAssignee, listOpenTasks } from './cycle-tasks.js';
import type { DueTasks } from './desk-types.js';

/** How far ahead the desk looks for deadlines. */
export const DUE_SOON_DAYS = 30;

export async function readDueTasks(db: Kysely<Database>, today: string): Promise<DueTasks> {
  const open = await listOpenTasks(db, today);
  return {
    days: DUE_SOON_DAYS,
    overdue: groupByAssignee(open.filter((task) => task.overdue)),
    dueSoon: groupByAssignee(open.filter((task) => !task.overdue && task.daysLeft <= DUE_SOON_DAYS)),
  };
}
