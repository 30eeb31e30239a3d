// The figures tasks of a cycle read through the releases (domain/cycle/
// figures-task-state.ts). Derived on read, not written when figures are
// staged or published: figures arrive by several roads (imports, the
// one-figure form, the command line, the demo loader), and a state computed
// from the releases themselves can never fall behind any of them.
import type { Kysely } from 'kysely';
import { findCycle, listTasksWithAssignees } from '../../db/repositories/cycles.js';
import { listIndicatorsForPolicy } from '../../db/repositories/indicators.js';
import { listReleaseFigureFlags } from '../../db/repositories/public-releases.js';
import { listReleases } from '../../db/repositories/releases.js';
import type { Database } from '../../db/tables.js';
import { figuresTaskState, furtherTaskState } from '../../domain/cycle/figures-task-state.js';
import { isDelivered } from '../../domain/cycle/task-state.js';
import type { TaskState } from '../../domain/cycle/task-state.js';
import { indicatorsWithNewFigure } from '../releases/year-deliveries.js';

/** Per cycle id, per administration id: the state the releases give its figures task. */
type DeliveryStates = ReadonlyMap<number, ReadonlyMap<number, TaskState | null>>;

async function readDeliveryStates(db: Kysely<Database>, cycleId: number): Promise<ReadonlyMap<number, TaskState | null>> {
  const cycle = await findCycle(db, cycleId);
  if (!cycle) return new Map();
  const [indicators, releases] = await Promise.all([listIndicatorsForPolicy(db, cycle.policy_id), listReleases(db, cycle.policy_id)]);
  const year = String(cycle.year);
  // The year's published releases, and every open draft: a draft opened in December may hold January's figures.
  const published = releases.filter((r) => r.state === 'published' && r.published_on?.startsWith(year));
  const drafts = releases.filter((r) => r.state === 'draft');
  const flags = await listReleaseFigureFlags(
    db,
    [...published, ...drafts].map((r) => r.id),
  );
  const publishedIds = new Set(published.flatMap((r) => [...indicatorsWithNewFigure(flags, r.id)]));
  const stagedIds = new Set(drafts.flatMap((r) => [...indicatorsWithNewFigure(flags, r.id)]));
  const states = new Map<number, TaskState | null>();
  for (const owner of new Set(indicators.map((i) => i.data_owner_id))) {
    if (owner === null) continue;
    const owned = indicators.filter((i) => i.data_owner_id === owner);
    states.set(
      owner,
      figuresTaskState({
        owned: owned.length,
        published: owned.filter((i) => publishedIds.has(i.id)).length,
        publishedOrStaged: owned.filter((i) => publishedIds.has(i.id) || stagedIds.has(i.id)).length,
      }),
    );
  }
  return states;
}

/** Tasks with their assignees, as the repository lists them, with each figures task's state following the releases. */
export async function listTasksFollowingReleases(db: Kysely<Database>, filter: Parameters<typeof listTasksWithAssignees>[1]) {
  const rows = await listTasksWithAssignees(db, filter);
  const states = new Map<number, ReadonlyMap<number, TaskState | null>>();
  for (const cycleId of new Set(rows.filter((r) => r.kind === 'figures').map((r) => r.cycle_id))) states.set(cycleId, await readDeliveryStates(db, cycleId));
  return rows.map((row) =>
    row.kind === 'figures' && row.administration_id !== null
      ? { ...row, state: furtherTaskState(row.state, stateFor(states, row.cycle_id, row.administration_id)) }
      : row,
  );
}

function stateFor(states: DeliveryStates, cycleId: number, administrationId: number): TaskState | null {
  return states.get(cycleId)?.get(administrationId) ?? null;
}

/** Leaves out the figures tasks the releases have already delivered: no reminder for a figure that is in. */
export async function withoutTasksDeliveredByReleases<T extends { readonly id: number; readonly kind: string }>(
  db: Kysely<Database>,
  rows: readonly T[],
): Promise<T[]> {
  if (!rows.some((r) => r.kind === 'figures')) return [...rows];
  const delivered = new Set((await listTasksFollowingReleases(db, {})).filter((t) => t.kind === 'figures' && isDelivered(t.state)).map((t) => t.id));
  return rows.filter((r) => !delivered.has(r.id));
}
