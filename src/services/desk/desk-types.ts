// What the admin start page (the desk) shows each role, as plain views: the
// secretariat the whole cycle, a data supplier its figures, a committee
// member its tasks and goals, a project owner its projects. Each section is
// read by its own module in this folder; desk.ts picks the sections a role
// gets.
import type { StatusCode, StatusColour } from '../../domain/status/types.js';
import type { TaskState } from '../../domain/cycle/task-state.js';
import type { MonitoringRating } from '../../domain/projects/monitoring.js';
import type { ProjectStatus } from '../../domain/projects/project-status.js';
import type { EscalationLevel } from '../../domain/projects/escalation.js';
import type { Text } from '../../domain/text.js';

/** A task of the annual cycle as the desk lists it: its name, whose it is, its deadline and whether it is late. */
export interface DeskTask {
  readonly id: number;
  readonly title: { readonly da: string; readonly en: string };
  readonly assignee: { readonly kind: 'committee' | 'administration'; readonly code: string; readonly name: Text };
  readonly deadline: string;
  readonly state: TaskState;
  readonly overdue: boolean;
  readonly daysLeft: number;
}

/** The tasks of one committee or administration, overdue ones first. */
export interface TasksOfAssignee {
  readonly assignee: DeskTask['assignee'];
  readonly tasks: readonly DeskTask[];
}

export interface DueTasks {
  /** How many days ahead "due soon" looks. */
  readonly days: number;
  readonly overdue: readonly TasksOfAssignee[];
  readonly dueSoon: readonly TasksOfAssignee[];
}

export interface ReleaseCompletenessSummary {
  readonly id: number;
  readonly title: string;
  readonly state: 'draft' | 'published';
  readonly publishedOn: string | null;
  readonly withFigure: number;
  readonly total: number;
  readonly missing: readonly { readonly title: string; readonly owner: string | null; readonly expected: string | null }[];
}

export interface OpenDrafts {
  readonly releases: readonly { readonly id: number; readonly title: string }[];
  readonly letters: readonly { readonly id: number; readonly title: string; readonly kind: string; readonly updatedAt: string }[];
}

export interface FlaggedProject {
  readonly id: number;
  readonly title: string;
  readonly committeeCode: string;
  readonly latestRating: { readonly quarter: string; readonly rating: MonitoringRating } | null;
}

export interface FlaggedProjects {
  /** Red two quarters in a row, with the letter to the committee not yet recorded as sent. */
  readonly redTwice: readonly FlaggedProject[];
  readonly awaitingDecision: readonly FlaggedProject[];
  readonly ratingOverdue: readonly FlaggedProject[];
}

export interface RecentChange {
  readonly id: number;
  readonly at: string;
  readonly actor: string;
  readonly action: string;
  readonly entity: string;
}

export interface SecretariatDesk {
  readonly kind: 'secretariat';
  readonly due: DueTasks;
  readonly drafts: OpenDrafts;
  /** The current policy's newest release; null before any. */
  readonly release: ReleaseCompletenessSummary | null;
  readonly projects: FlaggedProjects;
  /** Null for a role that may not read the audit log. */
  readonly recentChanges: readonly RecentChange[] | null;
}

export interface OwedFigure {
  readonly code: string;
  readonly title: string;
  readonly period: string | null;
  readonly reason: string | null;
  readonly expected: string | null;
}

export interface SupplierDesk {
  readonly kind: 'supplier';
  readonly administration: Text;
  readonly scope: DeskScope;
  readonly indicators: readonly DeskIndicator[];
  /** The current policy's newest release, what it lacks from this administration, and the figures tasks with their deadlines. */
  readonly release: { readonly id: number; readonly title: string; readonly state: 'draft' | 'published' } | null;
  readonly owed: readonly OwedFigure[];
  readonly tasks: readonly DeskTask[];
}

/** An indicator with its policy and, in the current policy, its latest figure's period. */
export interface DeskIndicator {
  readonly code: string;
  readonly title: Text;
  readonly unit: string;
  readonly policy: Text;
  readonly latestPeriod: string | null;
  readonly nextPeriod: string | null;
}

/** Which policies a supplier's or committee's desk covers: the current one (null before any is active) or every one. */
export type DeskScope = { readonly kind: 'current'; readonly policy: Text | null } | { readonly kind: 'all' };

export interface DeskStatus {
  readonly status: StatusCode | undefined;
  readonly colour: StatusColour;
  readonly words: { readonly da: string; readonly en: string };
}

export interface DeskGoal {
  readonly code: string;
  readonly title: Text;
  readonly policy: Text;
  /** The goal's indicators rolled up (words "no data" where nothing is judged yet). */
  readonly status: DeskStatus;
  readonly indicators: readonly { readonly code: string; readonly title: Text; readonly status: DeskStatus | null }[];
}

export interface CommitteeDesk {
  readonly kind: 'committee';
  readonly committee: Text;
  readonly scope: DeskScope;
  readonly tasks: readonly DeskTask[];
  readonly goals: readonly DeskGoal[];
}

export interface OwnerProject {
  readonly id: number;
  readonly title: string;
  readonly status: ProjectStatus;
  readonly endOn: string;
  readonly latestRating: { readonly quarter: string; readonly rating: MonitoringRating } | null;
  /** What the owner is to do, most pressing first. */
  readonly due: readonly OwnerDue[];
}

export type OwnerDue =
  | { readonly kind: 'escalation'; readonly level: Exclude<EscalationLevel, 'none'> }
  | { readonly kind: 'rating'; readonly quarter: string }
  | { readonly kind: 'evaluation'; readonly plannedFor: string | null; readonly method: string }
  | { readonly kind: 'decision'; readonly endedOn: string };

export interface OwnerDesk {
  readonly kind: 'owner';
  readonly projects: readonly OwnerProject[];
}

export type Desk = SecretariatDesk | SupplierDesk | CommitteeDesk | OwnerDesk;
