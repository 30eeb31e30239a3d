// Who may do what, as named predicates. Every guard in the admin area and
// every service check asks one of these, so the rules live in one place.
//
// The roles:
// - administrator: the secretariat; everything, including people, settings
//   and the audit log.
// - analyst: the model, figures, releases and letters; not people or settings.
// - data supplier: the figures of the indicators its administration owns.
// - committee member: reads its committee's material, answers its tasks.
// - project owner: its own projects in the project bank.

export const ROLES = ['administrator', 'analyst', 'data_supplier', 'committee_member', 'project_owner'] as const;
export type Role = (typeof ROLES)[number];

/** Whoever acts (a signed-in person, or an operator at the command line), as far as rights are concerned. */
export interface Actor {
  readonly id: number;
  readonly role: Role;
  readonly administrationId: number | null;
  readonly committeeId: number | null;
  /** How the actor is named in the audit log: an e-mail address, or the command that acted. */
  readonly label: string;
}

/**
 * The operator at the server's command line. Whoever can run the command can
 * read and write the database directly, so the operator has an
 * administrator's rights; the services still apply every rule of the data.
 * Id 0 is no user, so it owns nothing.
 */
export function commandLineActor(label: string): Actor {
  return Object.freeze({ id: 0, role: 'administrator', administrationId: null, committeeId: null, label });
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** Roles that must name the administration or committee they act for. */
export function roleNeedsAdministration(role: Role): boolean {
  return role === 'data_supplier';
}
export function roleNeedsCommittee(role: Role): boolean {
  return role === 'committee_member';
}

function isAdministrator(actor: Actor): boolean {
  return actor.role === 'administrator';
}

/** The secretariat: administrators and analysts. */
export function isSecretariat(actor: Actor): boolean {
  return actor.role === 'administrator' || actor.role === 'analyst';
}

/** Every role has a start page in the admin area. */
export function canEnterAdmin(_actor: Actor): boolean {
  return true;
}

export function canEditModel(actor: Actor): boolean {
  return isSecretariat(actor);
}

export function canEditPolicy(actor: Actor): boolean {
  return canEditModel(actor);
}

export function canEditOrganisation(actor: Actor): boolean {
  return canEditModel(actor);
}

export function canEditIndicator(actor: Actor, _indicator: { readonly dataOwnerId: number | null }): boolean {
  return canEditModel(actor);
}

/** Figures for an indicator: the secretariat, or a supplier from the administration that owns it. */
export function canDeliverFigures(actor: Actor, indicator: { readonly dataOwnerId: number | null }): boolean {
  if (isSecretariat(actor)) return true;
  return actor.role === 'data_supplier' && actor.administrationId !== null && actor.administrationId === indicator.dataOwnerId;
}

export function canPublishRelease(actor: Actor): boolean {
  return isSecretariat(actor);
}

export function canReadCommitteeMaterial(actor: Actor, committee: { readonly id: number }): boolean {
  if (isSecretariat(actor)) return true;
  return actor.role === 'committee_member' && actor.committeeId === committee.id;
}

export function canAnswerCommitteeTask(actor: Actor, committee: { readonly id: number }): boolean {
  if (isAdministrator(actor)) return true;
  return actor.role === 'committee_member' && actor.committeeId === committee.id;
}

export function canEditProject(actor: Actor, project: { readonly ownerId: number | null }): boolean {
  if (isSecretariat(actor)) return true;
  return actor.role === 'project_owner' && project.ownerId === actor.id;
}

export function canManageUsers(actor: Actor): boolean {
  return isAdministrator(actor);
}

export function canEditSettings(actor: Actor): boolean {
  return isAdministrator(actor);
}

export function canBrowseAudit(actor: Actor): boolean {
  return isAdministrator(actor);
}

// ─── Action plans, the project bank, the consultation catalogue ───

/** Screens that show some committee's material (plans, flagged projects, the catalogue); which committee is canReadCommitteeMaterial's question. */
export function canOpenCommitteeMaterial(actor: Actor): boolean {
  return isSecretariat(actor) || actor.role === 'committee_member';
}

/** Writing action plans and their new versions is the secretariat's; committees read them. */
export function canEditActionPlans(actor: Actor): boolean {
  return isSecretariat(actor);
}

/** The project screens: the secretariat for every project, a project owner for its own (canEditProject). */
export function canOpenProjectBank(actor: Actor): boolean {
  return isSecretariat(actor) || actor.role === 'project_owner';
}

/** The whole project bank: every project, the board, imports, decisions and follow-up of escalations. */
export function canManageProjectBank(actor: Actor): boolean {
  return isSecretariat(actor);
}

/** Internal fields (case number, internal note), the owner's account and the committee a project answers to. */
export function canEditProjectInternals(actor: Actor): boolean {
  return isSecretariat(actor);
}

export function isProjectOwner(actor: Actor): boolean {
  return actor.role === 'project_owner';
}

export function canKeepConsultationCatalogue(actor: Actor): boolean {
  return isSecretariat(actor);
}

// ─── The annual cycle ───────────────────────────────────────────────────────

/** Create cycles, edit their milestones and tasks: the secretariat. */
export function canManageCycle(actor: Actor): boolean {
  return isSecretariat(actor);
}

/** Approve or return a submitted task: the secretariat. */
export function canReviewCycleTask(actor: Actor): boolean {
  return isSecretariat(actor);
}

/** A cycle task is answered by its committee's members or its administration's data suppliers (and administrators). */
export function canAnswerCycleTask(actor: Actor, task: { readonly committeeId: number | null; readonly administrationId: number | null }): boolean {
  if (task.committeeId !== null) return canAnswerCommitteeTask(actor, { id: task.committeeId });
  if (isAdministrator(actor)) return true;
  return actor.role === 'data_supplier' && actor.administrationId !== null && actor.administrationId === task.administrationId;
}

/** Reading a task: the secretariat and whoever may answer it. */
export function canReadCycleTask(actor: Actor, task: { readonly committeeId: number | null; readonly administrationId: number | null }): boolean {
  return isSecretariat(actor) || canAnswerCycleTask(actor, task);
}

/** The year wheel and the list of milestones: everyone working in the cycle (not project owners). */
export function canViewCycle(actor: Actor): boolean {
  return actor.role !== 'project_owner';
}

/** A committee's page of the cycle: the secretariat (any committee) and committee members (their own). */
export function canOpenCommitteeCycle(actor: Actor): boolean {
  return isSecretariat(actor) || actor.role === 'committee_member';
}

/** A committee member's own page of its committee's material. */
export function isCommitteeMember(actor: Actor): boolean {
  return actor.role === 'committee_member';
}

/** The releases' admin pages (list, create, completeness, missing notes, preview): the secretariat. */
export function canManageReleases(actor: Actor): boolean {
  return isSecretariat(actor);
}

/** Delivering figures at all (upload, form, templates, the supplier view); which indicators is canDeliverFigures. */
export function canSupplyFigures(actor: Actor): boolean {
  if (isSecretariat(actor)) return true;
  return actor.role === 'data_supplier' && actor.administrationId !== null;
}

/** The letters (drafts, their wording, exports): the secretariat. */
export function canWriteLetters(actor: Actor): boolean {
  return isSecretariat(actor);
}

/** The letters' templates and the sender's logo: administrators. */
export function canEditLetterTemplates(actor: Actor): boolean {
  return isAdministrator(actor);
}

/** Reaching a letter at all: the secretariat, and committee members for their own committee's shared letters. */
export function canOpenLetters(actor: Actor): boolean {
  return isSecretariat(actor) || actor.role === 'committee_member';
}

/** One letter: the secretariat any; a committee member its own committee's challenge letter once it is shared. */
export function canReadLetter(actor: Actor, letter: { readonly kind: string; readonly committeeId: number | null; readonly shared: boolean }): boolean {
  if (isSecretariat(actor)) return true;
  return (
    actor.role === 'committee_member' && letter.kind === 'challenge' && letter.shared && letter.committeeId !== null && letter.committeeId === actor.committeeId
  );
}
