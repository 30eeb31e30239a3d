// Table interfaces: the one source of row types. Both engines store the same
// shapes: ids are integers, timestamps ISO 8601 text, dates `YYYY-MM-DD` text,
// flags 0/1 integers (SQLite has no boolean), structured values JSON text.
import type { Generated, Insertable, Selectable, Updateable } from 'kysely';

export type Flag = 0 | 1;

export interface SettingsTable {
  key: string;
  value: string; // JSON
  updated_at: string;
}

export interface AdministrationsTable {
  id: Generated<number>;
  code: string;
  name_da: string;
  name_en: string | null;
  /** Raised by one on every edit (migrations 0500 and 0720); a form sends the version it was opened at, so a change made meanwhile is caught. */
  version: Generated<number>;
}

export interface CommitteesTable {
  id: Generated<number>;
  code: string;
  name_da: string;
  name_en: string | null;
  administration_id: number | null;
  sort_order: number;
  /** Raised by one on every edit (migrations 0500 and 0720); a form sends the version it was opened at, so a change made meanwhile is caught. */
  version: Generated<number>;
}

export type PolicyState = 'draft' | 'active' | 'archived';

export interface PoliciesTable {
  id: Generated<number>;
  code: string;
  title_da: string;
  title_en: string | null;
  subtitle_da: string | null;
  subtitle_en: string | null;
  description_da: string | null;
  description_en: string | null;
  first_year: number;
  last_year: number;
  adopted_on: string | null;
  state: PolicyState;
  /** Default status method for indicators that choose none. */
  default_method: StatusMethod;
  /** Raised by one on every edit (migrations 0500 and 0720); a form sends the version it was opened at, so a change made meanwhile is caught. */
  version: Generated<number>;
}

export interface FocusAreasTable {
  id: Generated<number>;
  policy_id: number;
  number: number;
  code: string;
  title_da: string;
  title_en: string | null;
  description_da: string | null;
  description_en: string | null;
  /** Raised by one on every edit (migrations 0500 and 0720); a form sends the version it was opened at, so a change made meanwhile is caught. */
  version: Generated<number>;
}

export interface GoalsTable {
  id: Generated<number>;
  policy_id: number;
  focus_area_id: number;
  number: number;
  code: string;
  title_da: string;
  title_en: string | null;
  description_da: string | null;
  description_en: string | null;
  /** Raised by one on every edit (migrations 0500 and 0720); a form sends the version it was opened at, so a change made meanwhile is caught. */
  version: Generated<number>;
}

export interface GoalCommitteesTable {
  goal_id: number;
  committee_id: number;
  /** `lead` for the committees the policy names; `shared` for "all committees". */
  role: 'lead' | 'shared';
}

export interface GroupsTable {
  id: Generated<number>;
  code: string;
  name_da: string;
  name_en: string | null;
  /** Raised by one on every edit (migrations 0500 and 0720); a form sends the version it was opened at, so a change made meanwhile is caught. */
  version: Generated<number>;
}

export type AreaKind = 'municipality' | 'district' | 'region' | 'country' | 'other';

export interface AreasTable {
  id: Generated<number>;
  code: string;
  name_da: string;
  name_en: string | null;
  kind: AreaKind;
  parent_id: number | null;
  /** Raised by one on every edit (migrations 0500 and 0720); a form sends the version it was opened at, so a change made meanwhile is caught. */
  version: Generated<number>;
}

export type StatusMethod = 'direction' | 'trajectory' | 'opensdg';
export type Direction = 'increase' | 'decrease';
export type HeadlineKind = 'total' | 'group' | 'gap';
export type UpdateFrequency = 'yearly' | 'quarterly' | 'monthly' | 'irregular';

export interface IndicatorsTable {
  id: Generated<number>;
  policy_id: number;
  goal_id: number;
  code: string;
  sort_order: number;
  title_da: string;
  title_en: string | null;
  description_da: string | null;
  description_en: string | null;
  unit: string;
  precision: number;
  direction: Direction;
  baseline_period: string | null;
  target_value: number | null;
  target_period: string | null;
  tolerance: number;
  /** Null means the policy's default method. */
  method: StatusMethod | null;
  /** Natural limit for the opensdg method without target. */
  limit_value: number | null;
  is_main: Flag;
  headline_kind: HeadlineKind;
  headline_group_id: number | null;
  reference_group_id: number | null;
  default_area_id: number | null;
  data_owner_id: number | null;
  source_da: string | null;
  source_en: string | null;
  update_frequency: UpdateFrequency;
  /** Declared plausible range, checked by imports. */
  min_value: number | null;
  max_value: number | null;
  /** Raised by one on every edit (migrations 0500 and 0720); a form sends the version it was opened at, so a change made meanwhile is caught. */
  version: Generated<number>;
}

export interface IndicatorGroupsTable {
  indicator_id: number;
  group_id: number;
}

export type ReleaseState = 'draft' | 'published';

export interface ReleasesTable {
  id: Generated<number>;
  policy_id: number;
  title_da: string;
  title_en: string | null;
  note_da: string | null;
  note_en: string | null;
  state: ReleaseState;
  /** The publication date shown to the public (`YYYY-MM-DD`). */
  published_on: string | null;
  published_at: string | null;
  published_by: string | null;
  created_at: string;
  created_by: string;
}

/** A figure staged in a release; applied to measurements when it is published. */
export interface ReleaseFiguresTable {
  id: Generated<number>;
  release_id: number;
  indicator_id: number;
  period: string;
  period_sort: number;
  group_id: number;
  area_id: number;
  value: number;
  is_provisional: Flag;
  is_estimated: Flag;
  note: string | null;
  /** Why a published figure is being changed (required for revisions). */
  reason: string | null;
  /** Filled at publication: the value this figure replaced, if any. */
  replaced_value: number | null;
  created_at: string;
  created_by: string;
}

/** For an indicator without a new figure in a release: why, who owes it, when. */
export interface ReleaseMissingTable {
  release_id: number;
  indicator_id: number;
  administration_id: number | null;
  missing_since: string | null;
  reason_da: string | null;
  reason_en: string | null;
  expected_da: string | null;
  expected_en: string | null;
}

/** Published figures only: one row per indicator, period, group and area. */
export interface MeasurementsTable {
  id: Generated<number>;
  indicator_id: number;
  period: string;
  period_sort: number;
  group_id: number;
  area_id: number;
  value: number;
  is_provisional: Flag;
  is_estimated: Flag;
  note: string | null;
  release_id: number;
  updated_at: string;
  updated_by: string;
}

/** Every earlier state of a published figure that a later release changed. */
export interface MeasurementHistoryTable {
  id: Generated<number>;
  measurement_id: number;
  value: number;
  is_provisional: Flag;
  is_estimated: Flag;
  note: string | null;
  release_id: number;
  replaced_by_release_id: number;
  replaced_at: string;
  replaced_by: string;
  reason: string | null;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  actor: string;
  action: string;
  entity: string;
  entity_id: string | null;
  before: string | null; // JSON
  after: string | null; // JSON
}

export interface Database {
  settings: SettingsTable;
  administrations: AdministrationsTable;
  committees: CommitteesTable;
  policies: PoliciesTable;
  focus_areas: FocusAreasTable;
  goals: GoalsTable;
  goal_committees: GoalCommitteesTable;
  groups: GroupsTable;
  areas: AreasTable;
  indicators: IndicatorsTable;
  indicator_groups: IndicatorGroupsTable;
  releases: ReleasesTable;
  release_figures: ReleaseFiguresTable;
  release_missing: ReleaseMissingTable;
  measurements: MeasurementsTable;
  measurement_history: MeasurementHistoryTable;
  audit_log: AuditLogTable;
}

export type PolicyRow = Selectable<PoliciesTable>;
export type NewPolicy = Insertable<PoliciesTable>;
export type FocusAreaRow = Selectable<FocusAreasTable>;
export type GoalRow = Selectable<GoalsTable>;
export type IndicatorRow = Selectable<IndicatorsTable>;
export type NewIndicator = Insertable<IndicatorsTable>;
export type IndicatorUpdate = Updateable<IndicatorsTable>;
export type CommitteeRow = Selectable<CommitteesTable>;
export type AdministrationRow = Selectable<AdministrationsTable>;
export type GroupRow = Selectable<GroupsTable>;
export type AreaRow = Selectable<AreasTable>;
export type ReleaseRow = Selectable<ReleasesTable>;
export type ReleaseFigureRow = Selectable<ReleaseFiguresTable>;
export type NewReleaseFigure = Insertable<ReleaseFiguresTable>;
export type ReleaseMissingRow = Selectable<ReleaseMissingTable>;
export type MeasurementRow = Selectable<MeasurementsTable>;
export type MeasurementHistoryRow = Selectable<MeasurementHistoryTable>;
export type AuditRow = Selectable<AuditLogTable>;
export type NewAuditRow = Insertable<AuditLogTable>;

// ─── Accounts and rights (migration 2026-11-22T0500-accounts) ──────────────
// The interfaces below named `Database` merge into the one above.

export type UserRole = 'administrator' | 'analyst' | 'data_supplier' | 'committee_member' | 'project_owner';
export type UserLanguage = 'da' | 'en';

export interface UsersTable {
  id: Generated<number>;
  /** Stored lower-cased and trimmed. */
  email: string;
  name: string;
  role: UserRole;
  /** The administration a data supplier delivers for. */
  administration_id: number | null;
  /** The committee a committee member sits on. */
  committee_id: number | null;
  language: UserLanguage;
  /** Argon2id; null until an invitation is accepted, or for single sign-on only. */
  password_hash: string | null;
  oidc_issuer: string | null;
  oidc_subject: string | null;
  is_active: Flag;
  created_at: string;
  updated_at: string;
  last_login_at: string | null;
  version: Generated<number>;
}

export interface SessionsTable {
  /** SHA-256 (hex) of the session cookie's value. */
  id: string;
  user_id: number;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
}

export type OneTimeTokenPurpose = 'invitation' | 'password_reset';

export interface OneTimeTokensTable {
  id: Generated<number>;
  /** SHA-256 (hex) of the token sent by e-mail. */
  token_hash: string;
  purpose: OneTimeTokenPurpose;
  user_id: number;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

export interface LoginFailuresTable {
  id: Generated<number>;
  /** The normalised e-mail address that was tried. */
  account: string;
  ip: string;
  at: string;
}

export interface LoginLockoutsTable {
  account: string;
  locked_until: string;
}

/** A single sign-on started here and not yet completed at the provider. */
export interface OidcLoginsTable {
  state: string;
  code_verifier: string;
  nonce: string;
  return_to: string;
  created_at: string;
}

export interface Database {
  users: UsersTable;
  sessions: SessionsTable;
  one_time_tokens: OneTimeTokensTable;
  login_failures: LoginFailuresTable;
  login_lockouts: LoginLockoutsTable;
  oidc_logins: OidcLoginsTable;
}

export type UserRow = Selectable<UsersTable>;
export type NewUser = Insertable<UsersTable>;
export type SessionRow = Selectable<SessionsTable>;
export type OneTimeTokenRow = Selectable<OneTimeTokensTable>;

// ─── Action plans, project bank, consultation (migration 2026-11-22T0600) ───
// Money is whole kroner (`_kr` columns, bigint in the database, a number
// here). Plan, project and consultation texts are written in one language,
// the municipality's own; the public site marks them as such.

export interface ActionPlansTable {
  id: Generated<number>;
  policy_id: number;
  committee_id: number;
  /** The year the plan is made for (one plan per committee and year). */
  year: number;
  created_at: string;
  created_by: string;
}

/** One version of a plan; a revision adds a version and leaves the others as they were. */
export interface ActionPlanVersionsTable {
  id: Generated<number>;
  action_plan_id: number;
  /** 1, 2, …: the highest is the plan in force. */
  number: number;
  title: string;
  summary: string | null;
  /** Why this version replaced the previous one. */
  revision_note: string | null;
  /** The day the committee approved this version (`YYYY-MM-DD`). */
  approved_on: string | null;
  created_at: string;
  created_by: string;
}

export interface ActionPlanInitiativesTable {
  id: Generated<number>;
  version_id: number;
  sort_order: number;
  title: string;
  description: string | null;
  /** The concrete result the initiative promises (resultatmål). */
  result_target: string;
  /** An indicator that shows the target's progress, if there is one. */
  indicator_id: number | null;
  owner: string | null;
  first_year: number;
  last_year: number;
}

export interface ActionPlanInitiativeGoalsTable {
  initiative_id: number;
  goal_id: number;
}

export interface ActionPlanBudgetsTable {
  initiative_id: number;
  year: number;
  amount_kr: number;
}

export interface ProjectsTable {
  id: Generated<number>;
  /** The project's number in the list it was imported from, if any. */
  reference: string | null;
  title: string;
  description: string | null;
  owner: string;
  committee_id: number;
  administration_id: number | null;
  start_on: string;
  end_on: string;
  budget_kr: number | null;
  /** The municipality's share of the funding; decides whether the project is monitored. */
  cofunding_kr: Generated<number>;
  funding_source: string | null;
  target_group: string | null;
  contact: string | null;
  /** The project owner's account, which may edit the project; never public. */
  owner_user_id: number | null;
  created_at: string;
  created_by: string;
  updated_at: string;
  version: Generated<number>;
}

export interface ProjectGoalsTable {
  project_id: number;
  goal_id: number;
}

/** Fields for the administration only; never read by a public query. */
export interface ProjectInternalTable {
  project_id: number;
  case_number: string | null;
  internal_note: string | null;
}

export type MonitoringRating = 'green' | 'yellow' | 'red';

export interface ProjectMonitoringTable {
  id: Generated<number>;
  project_id: number;
  /** `2012 Q3`. */
  quarter: string;
  /** year × 4 + quarter − 1, for order. */
  quarter_index: number;
  rating: MonitoringRating;
  comment: string;
  /** When the step the rating asked for (contact, action plan, letter) was taken. */
  follow_up_on: string | null;
  follow_up_note: string | null;
  created_at: string;
  created_by: string;
  updated_at: string;
}

export type EvaluationState = 'planned' | 'done';

export interface ProjectEvaluationsTable {
  id: Generated<number>;
  project_id: number;
  state: EvaluationState;
  method: string;
  planned_for: string | null;
  completed_on: string | null;
  result: string | null;
  created_at: string;
  created_by: string;
  updated_at: string;
}

export type ProjectDecisionKind = 'anchor' | 'extend' | 'end';

export interface ProjectDecisionsTable {
  id: Generated<number>;
  project_id: number;
  decision: ProjectDecisionKind;
  decided_on: string;
  /** Required for `extend`: the new end of the period. */
  extended_until: string | null;
  note: string | null;
  created_at: string;
  created_by: string;
}

export type ConsultationSourceKind = 'public_meeting' | 'micro_panel' | 'blog' | 'written_answer';
export type ConsultationStatus = 'used' | 'inspiration' | 'set_aside';

export interface ConsultationInputsTable {
  id: Generated<number>;
  policy_id: number;
  source_kind: ConsultationSourceKind;
  received_on: string;
  /** The organisation or person; null when the input is anonymous. */
  author: string | null;
  title: string;
  body: string;
  status: ConsultationStatus;
  created_at: string;
  created_by: string;
  updated_at: string;
  version: Generated<number>;
}

export interface ConsultationInputGoalsTable {
  input_id: number;
  goal_id: number;
}

export interface ConsultationInputCommitteesTable {
  input_id: number;
  committee_id: number;
}

export interface Database {
  action_plans: ActionPlansTable;
  action_plan_versions: ActionPlanVersionsTable;
  action_plan_initiatives: ActionPlanInitiativesTable;
  action_plan_initiative_goals: ActionPlanInitiativeGoalsTable;
  action_plan_budgets: ActionPlanBudgetsTable;
  projects: ProjectsTable;
  project_goals: ProjectGoalsTable;
  project_internal: ProjectInternalTable;
  project_monitoring: ProjectMonitoringTable;
  project_evaluations: ProjectEvaluationsTable;
  project_decisions: ProjectDecisionsTable;
  consultation_inputs: ConsultationInputsTable;
  consultation_input_goals: ConsultationInputGoalsTable;
  consultation_input_committees: ConsultationInputCommitteesTable;
}

export type ActionPlanRow = Selectable<ActionPlansTable>;
export type ActionPlanVersionRow = Selectable<ActionPlanVersionsTable>;
export type ActionPlanInitiativeRow = Selectable<ActionPlanInitiativesTable>;
export type ProjectRow = Selectable<ProjectsTable>;
export type NewProject = Insertable<ProjectsTable>;
export type ProjectInternalRow = Selectable<ProjectInternalTable>;
export type ProjectMonitoringRow = Selectable<ProjectMonitoringTable>;
export type ProjectEvaluationRow = Selectable<ProjectEvaluationsTable>;
export type ProjectDecisionRow = Selectable<ProjectDecisionsTable>;
export type ConsultationInputRow = Selectable<ConsultationInputsTable>;

// ─── The annual cycle (migration 2026-11-22T0700-annual-cycle) ──────────────
// A cycle per policy and year; milestones carry the dates, tasks the work of
// one committee or one administration. A task's "overdue" is derived from its
// deadline and today, never stored. Attachment bytes are a Buffer on both
// engines (blob / bytea).

export type CycleMilestoneKind =
  | 'new_figures' | 'orientation_letter' | 'economic_overview' | 'status_statement'
  | 'action_plan' | 'annual_report' | 'budget_process' | 'other';
export type CycleTaskKind = 'figures' | 'economic_overview' | 'status_statement' | 'action_plan' | 'other';
export type CycleTaskState = 'not_started' | 'in_progress' | 'submitted' | 'approved' | 'returned';
export type CycleReminderKind = 'before' | 'on_day' | 'overdue' | 'digest';
export type CycleReminderStatus = 'sending' | 'sent' | 'failed';

export interface CyclesTable {
  id: Generated<number>;
  policy_id: number;
  year: number;
  created_at: string;
  created_by: string;
}

export interface CycleMilestonesTable {
  id: Generated<number>;
  cycle_id: number;
  kind: CycleMilestoneKind;
  title_da: string;
  title_en: string;
  /** `YYYY-MM-DD` */
  date: string;
  description_da: string | null;
  description_en: string | null;
  updated_at: string;
  version: Generated<number>;
}

export interface CycleTasksTable {
  id: Generated<number>;
  milestone_id: number;
  kind: CycleTaskKind;
  /** Exactly one of committee_id and administration_id is set. */
  committee_id: number | null;
  administration_id: number | null;
  /** `YYYY-MM-DD` */
  deadline: string;
  state: Generated<CycleTaskState>;
  updated_at: string;
  version: Generated<number>;
}

/** A saved answer: the draft being written, or one that was submitted. */
export interface CycleSubmissionsTable {
  id: Generated<number>;
  task_id: number;
  status: 'draft' | 'submitted';
  /** JSON object of text fields; which fields depends on the task's kind. */
  fields: string;
  saved_at: string;
  saved_by: string;
  submitted_at: string | null;
}

export interface CycleAttachmentsTable {
  id: Generated<number>;
  task_id: number;
  file_name: string;
  content_type: string;
  size_bytes: number;
  content: Buffer;
  uploaded_at: string;
  uploaded_by: string;
}

export interface CycleCommentsTable {
  id: Generated<number>;
  task_id: number;
  body: string;
  created_at: string;
  created_by: string;
}

/** Every change of a task's state. */
export interface CycleTaskHistoryTable {
  id: Generated<number>;
  task_id: number;
  from_state: CycleTaskState | null;
  to_state: CycleTaskState;
  at: string;
  actor: string;
  note: string | null;
}

/** One row per reminder e-mail; its unique key is the claim that makes it go once. */
export interface CycleRemindersTable {
  id: Generated<number>;
  reminder_key: string;
  kind: CycleReminderKind;
  task_id: number | null;
  user_id: number;
  recipient: string;
  status: CycleReminderStatus;
  attempts: Generated<number>;
  /** The instance that holds (or last held) the claim. */
  claimed_by: string;
  claimed_at: string;
  /** Until then no other instance may take the claim over. */
  lease_until: string;
  sent_at: string | null;
  last_error: string | null;
}

/** Which instance runs a scheduled job now, and until when. */
export interface JobLeasesTable {
  job: string;
  holder: string;
  lease_until: string;
  last_run_at: string | null;
}

export interface Database {
  cycles: CyclesTable;
  cycle_milestones: CycleMilestonesTable;
  cycle_tasks: CycleTasksTable;
  cycle_submissions: CycleSubmissionsTable;
  cycle_attachments: CycleAttachmentsTable;
  cycle_comments: CycleCommentsTable;
  cycle_task_history: CycleTaskHistoryTable;
  cycle_reminders: CycleRemindersTable;
  job_leases: JobLeasesTable;
}

export type CycleRow = Selectable<CyclesTable>;
export type CycleMilestoneRow = Selectable<CycleMilestonesTable>;
export type CycleTaskRow = Selectable<CycleTasksTable>;
export type CycleSubmissionRow = Selectable<CycleSubmissionsTable>;
export type CycleAttachmentRow = Selectable<CycleAttachmentsTable>;
export type CycleCommentRow = Selectable<CycleCommentsTable>;
export type CycleTaskHistoryRow = Selectable<CycleTaskHistoryTable>;
export type CycleReminderRow = Selectable<CycleRemindersTable>;


// ---------------------------------------------------------------------------
// The letters (migration 2026-11-22T0710-letters): wording changed from the
// defaults, drafts with the model they were made from, the sender's logo.

export type LetterKindColumn = 'orientation' | 'challenge' | 'report';

export interface LetterTemplatesTable {
  id: Generated<number>;
  letter_kind: LetterKindColumn;
  lang: 'da' | 'en';
  section_key: string;
  body: string;
  version: Generated<number>;
  updated_at: string;
  updated_by: string;
}

export interface LetterDraftsTable {
  id: Generated<number>;
  letter_kind: LetterKindColumn;
  lang: 'da' | 'en';
  policy_id: number;
  release_id: number;
  committee_id: number | null;
  title: string;
  /** JSON of the letter's model (src/domain/letters/view-models.ts). */
  model: string;
  /** JSON object: section key → edited text. */
  sections: string;
  version: Generated<number>;
  created_at: string;
  created_by: string;
  updated_at: string;
  updated_by: string;
  /** Set while the draft is shared with the committee it is written to (migration 0745). */
  shared_at: string | null;
  shared_by: string | null;
}

export interface LetterLogosTable {
  id: Generated<number>;
  content_type: 'image/png' | 'image/jpeg';
  description: string;
  content: Buffer;
  uploaded_at: string;
  uploaded_by: string;
}

export interface Database {
  letter_templates: LetterTemplatesTable;
  letter_drafts: LetterDraftsTable;
  letter_logos: LetterLogosTable;
}

export type LetterTemplateRow = Selectable<LetterTemplatesTable>;
export type LetterDraftRow = Selectable<LetterDraftsTable>;
export type LetterLogoRow = Selectable<LetterLogosTable>;
