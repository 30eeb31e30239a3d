// Reading a year's cycle for the admin screens: its milestones with their
// tasks, each task's state and whether it is overdue on the day asked about.
// Rows never leave this module; the screens get these plain objects.
import type { Kysely } from 'kysely';
import { findCycle, findCycleFor, listCycles, listMilestones } from '../../db/repositories/cycles.js';
import type { TaskWithAssigneeRow } from '../../db/repositories/cycles.js';
import type { Database } from '../../db/tables.js';
import type { MilestoneKind, TaskKind } from '../../domain/cycle/default-milestones.js';
import { isOverdue } from '../../domain/cycle/task-state.js';
import type { TaskState } from '../../domain/cycle/task-state.js';
import { NotFound } from '../errors.js';
import { listTasksFollowingReleases } from './figures-tasks.js';

export interface Bilingual {
  readonly da: string;
  readonly en: string | null;
}

export interface TaskAssignee {
  readonly kind: 'committee' | 'administration';
  readonly id: number;
  readonly code: string;
  readonly name: Bilingual;
}

export interface TaskSummary {
  readonly id: number;
  readonly kind: TaskKind;
  /** The task's name: its milestone's title ("Redegørelse fra udvalgene"), so a list of one assignee's tasks says what each is. */
  readonly title: { readonly da: string; readonly en: string };
  readonly state: TaskState;
  readonly deadline: string;
  readonly overdue: boolean;
  readonly version: number;
  readonly assignee: TaskAssignee;
}

export interface MilestoneView {
  readonly id: number;
  readonly kind: MilestoneKind;
  readonly title: { readonly da: string; readonly en: string };
  readonly date: string;
  readonly description: { readonly da: string | null; readonly en: string | null };
  readonly version: number;
  readonly tasks: readonly TaskSummary[];
}

export interface CycleOverview {
  readonly id: number;
  readonly policyId: number;
  readonly policyTitle: Bilingual;
  readonly year: number;
  readonly today: string;
  readonly milestones: readonly MilestoneView[];
}

export function toTaskAssignee(row: TaskWithAssigneeRow): TaskAssignee {
  return row.committee_id !== null
    ? { kind: 'committee', id: row.committee_id, code: row.committee_code ?? '', name: { da: row.committee_name_da ?? '', en: row.committee_name_en } }
    : {
        kind: 'administration',
        id: row.administration_id!,
        code: row.administration_code ?? '',
        name: { da: row.administration_name_da ?? '', en: row.administration_name_en },
      };
}

export function toTaskSummary(row: TaskWithAssigneeRow, today: string): TaskSummary {
  return {
    id: row.id,
    kind: row.kind,
    title: { da: row.milestone_title_da, en: row.milestone_title_en },
    state: row.state,
    deadline: row.deadline,
    overdue: isOverdue(row, today),
    version: row.version,
    assignee: toTaskAssignee(row),
  };
}

/** A cycle's year and policy, for pages that only name it. */
export async function getCycleYear(db: Kysely<Database>, cycleId: number): Promise<{ readonly id: number; readonly policyId: number; readonly year: number }> {
  const cycle = await findCycle(db, cycleId);
  if (!cycle) throw new NotFound('error.cycle.noSuchId', { id: cycleId });
  return { id: cycle.id, policyId: cycle.policy_id, year: cycle.year };
}

/** The cycle with its milestones and tasks; `committeeId` keeps only that committee's tasks. */
export async function getCycleOverview(db: Kysely<Database>, cycleId: number, options: { today: string; committeeId?: number }): Promise<CycleOverview> {
  const cycle = await findCycle(db, cycleId);
  if (!cycle) throw new NotFound('error.cycle.noSuchId', { id: cycleId });
  const policy = await db.selectFrom('policies').select(['title_da', 'title_en']).where('id', '=', cycle.policy_id).executeTakeFirstOrThrow();
  const milestones = await listMilestones(db, cycleId);
  const tasks = await listTasksFollowingReleases(db, { cycleId, ...(options.committeeId === undefined ? {} : { committeeId: options.committeeId }) });
  return {
    id: cycle.id,
    policyId: cycle.policy_id,
    policyTitle: { da: policy.title_da, en: policy.title_en },
    year: cycle.year,
    today: options.today,
    milestones: milestones.map((m) => ({
      id: m.id,
      kind: m.kind,
      title: { da: m.title_da, en: m.title_en },
      date: m.date,
      description: { da: m.description_da, en: m.description_en },
      version: m.version,
      tasks: tasks.filter((t) => t.milestone_id === m.id).map((t) => toTaskSummary(t, options.today)),
    })),
  };
}

export interface CycleListing {
  readonly id: number;
  readonly year: number;
  readonly policyId: number;
  readonly policyTitle: Bilingual;
}

/** Every policy's cycles, newest year first. */
export async function listAllCycles(db: Kysely<Database>): Promise<readonly CycleListing[]> {
  const policies = await db.selectFrom('policies').select(['id', 'title_da', 'title_en']).orderBy('first_year', 'desc').execute();
  const result: CycleListing[] = [];
  for (const p of policies) {
    for (const c of await listCycles(db, p.id)) result.push({ id: c.id, year: c.year, policyId: p.id, policyTitle: { da: p.title_da, en: p.title_en } });
  }
  return result.sort((a, b) => b.year - a.year || a.policyId - b.policyId);
}

/** The cycle to open by default: this year's for the current policy, else the newest. */
export async function findDefaultCycleId(db: Kysely<Database>, year: number): Promise<number | null> {
  const cycles = await listAllCycles(db);
  const current = await db.selectFrom('policies').select('id').where('state', '=', 'active').orderBy('first_year', 'desc').executeTakeFirst();
  if (current) {
    const thisYear = await findCycleFor(db, { policyId: current.id, year });
    if (thisYear) return thisYear.id;
  }
  return cycles[0]?.id ?? null;
}

export interface DeliveryBoard {
  /** The columns: one per task-bearing milestone. */
  readonly milestones: readonly {
    readonly id: number;
    readonly kind: MilestoneKind;
    readonly title: { readonly da: string; readonly en: string };
    readonly date: string;
  }[];
  /** The rows: one per assignee, with its task (or none) under each milestone. */
  readonly rows: readonly { readonly assignee: TaskAssignee; readonly cells: readonly (TaskSummary | null)[] }[];
}

/** Who has delivered what: assignees × milestones, from an overview. */
export function toDeliveryBoard(overview: CycleOverview): DeliveryBoard {
  const milestones = overview.milestones.filter((m) => m.tasks.length > 0);
  const assignees = new Map<string, TaskAssignee>();
  for (const m of milestones) for (const t of m.tasks) assignees.set(`${t.assignee.kind}:${t.assignee.id}`, t.assignee);
  const rows = [...assignees.values()]
    .sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'committee' ? -1 : 1))
    .map((assignee) => ({
      assignee,
      cells: milestones.map((m) => m.tasks.find((t) => t.assignee.kind === assignee.kind && t.assignee.id === assignee.id) ?? null),
    }));
  return { milestones: milestones.map((m) => ({ id: m.id, kind: m.kind, title: m.title, date: m.date })), rows };
}
