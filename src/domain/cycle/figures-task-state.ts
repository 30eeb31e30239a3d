// A data supplier's figures task follows the releases, not a button: it is
// delivered when the administration's figures are staged in a draft, done
// when they are published, and overdue only while a figure is really
// missing. The counts come from the releases of the cycle's year; the task's
// stored state still counts where a person moved it further by hand.
import type { TaskState } from './task-state.js';

/** For one administration in one cycle year: how many of its indicators, and how far their figures have come. */
export interface FiguresDelivery {
  /** The policy's indicators whose data the administration owns. */
  readonly owned: number;
  /** Of those, with a new figure in a release published in the year. */
  readonly published: number;
  /** Of those, with a new figure published in the year or staged in a draft. */
  readonly publishedOrStaged: number;
}

/** The state the releases give the task; null when the administration owns no indicator (the stored state stands). */
export function figuresTaskState(delivery: FiguresDelivery): TaskState | null {
  if (delivery.owned === 0) return null;
  if (delivery.published >= delivery.owned) return 'approved';
  if (delivery.publishedOrStaged >= delivery.owned) return 'submitted';
  return delivery.publishedOrStaged > 0 ? 'in_progress' : 'not_started';
}

const PROGRESS: Readonly<Record<TaskState, number>> = { not_started: 0, returned: 1, in_progress: 1, submitted: 2, approved: 3 };

/** The further of the stored state and the state the releases give; the releases' on a tie. */
export function furtherTaskState(stored: TaskState, fromReleases: TaskState | null): TaskState {
  if (fromReleases === null) return stored;
  return PROGRESS[fromReleases] >= PROGRESS[stored] ? fromReleases : stored;
}
