// The committees' status statements (redegørelser) of a year: the annual
// report quotes them. Only a submitted answer counts; a draft stays private
// to its committee until it is submitted.
import type { Kysely } from 'kysely';
import { listLatestSubmitted } from '../../db/repositories/cycle-submissions.js';
import { findCycleFor, listTasksWithAssignees } from '../../db/repositories/cycles.js';
import type { Database } from '../../db/tables.js';
import type { TaskState } from '../../domain/cycle/task-state.js';
import { parseFields } from './submission-fields.js';

export interface CommitteeStatement {
  readonly committee: { readonly id: number; readonly code: string; readonly name: string };
  readonly state: TaskState;
  readonly submittedAt: string | null;
  readonly fields: Readonly<Record<string, string>>;
}

/**
 * The status-statement task of each committee in the policy's cycle for the
 * year, in the committees' order, with the fields of its latest submitted
 * answer (empty when nothing has been submitted). Names are Danish unless
 * `lang` is 'en'. An empty list when the year has no cycle.
 */
export async function listStatusStatements(
  db: Kysely<Database>,
  options: { policyId: number; year: number; lang?: 'da' | 'en' },
): Promise<readonly CommitteeStatement[]> {
  const cycle = await findCycleFor(db, options);
  if (!cycle) return [];
  const tasks = (await listTasksWithAssignees(db, { cycleId: cycle.id }))
    .filter((t) => t.kind === 'status_statement' && t.committee_id !== null)
    .sort((a, b) => (a.committee_sort_order ?? 0) - (b.committee_sort_order ?? 0) || a.deadline.localeCompare(b.deadline) || a.id - b.id);
  const submitted = new Map(
    (
      await listLatestSubmitted(
        db,
        tasks.map((t) => t.id),
      )
    ).map((s) => [s.task_id, s]),
  );
  return tasks.map((t) => {
    const submission = submitted.get(t.id);
    return {
      committee: {
        id: t.committee_id!,
        code: t.committee_code ?? '',
        name: (options.lang === 'en' ? t.committee_name_en : null) ?? t.committee_name_da ?? '',
      },
      state: t.state,
      submittedAt: submission?.submitted_at ?? null,
      fields: submission ? parseFields(submission.fields) : {},
    };
  });
}
