// The cycle's coming milestones with who must deliver for each: read by the
// orientation letter ("the coming deadlines") and by the admin views.
import type { Kysely } from 'kysely';
import { listMilestonesFrom, listTasksWithAssignees } from '../../db/repositories/cycles.js';
import type { Database } from '../../db/tables.js';

export interface ComingDeadlineAssignee {
  readonly kind: 'committee' | 'administration';
  readonly code: string;
  readonly name: string;
}

export interface ComingDeadline {
  readonly date: string;
  readonly kind: string;
  readonly titleDa: string;
  readonly titleEn: string;
  readonly assignees: readonly ComingDeadlineAssignee[];
}

/**
 * Milestones of the policy's cycles on or after `from` (a `YYYY-MM-DD`), in
 * date order, each with the committees and administrations that have a task
 * under it. Assignee names are Danish unless `lang` is 'en' (falling back to
 * Danish where no English name is kept).
 */
export async function listComingDeadlines(
  db: Kysely<Database>,
  options: { policyId: number; from: string; limit?: number; lang?: 'da' | 'en' },
): Promise<readonly ComingDeadline[]> {
  const milestones = await listMilestonesFrom(db, options);
  const tasks = await listTasksWithAssignees(db, { milestoneIds: milestones.map((m) => m.id) });
  const english = options.lang === 'en';
  return milestones.map((m) => {
    const assignees: ComingDeadlineAssignee[] = [];
    const seen = new Set<string>();
    for (const t of tasks) {
      if (t.milestone_id !== m.id) continue;
      const assignee: ComingDeadlineAssignee | null =
        t.committee_code !== null
          ? { kind: 'committee', code: t.committee_code, name: (english ? t.committee_name_en : null) ?? t.committee_name_da ?? t.committee_code }
          : t.administration_code !== null
            ? {
                kind: 'administration',
                code: t.administration_code,
                name: (english ? t.administration_name_en : null) ?? t.administration_name_da ?? t.administration_code,
              }
            : null;
      if (assignee === null || seen.has(`${assignee.kind}:${assignee.code}`)) continue;
      seen.add(`${assignee.kind}:${assignee.code}`);
      assignees.push(assignee);
    }
    return { date: m.date, kind: m.kind, titleDa: m.title_da, titleEn: m.title_en, assignees };
  });
}
