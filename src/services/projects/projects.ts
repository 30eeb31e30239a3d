// Creating, changing and deleting projects in the project bank. Each change
// is one transaction with an audit row; a change names the version it was
// made from, so an edit made meanwhile by someone else is not overwritten.
// Who may is asked here, of the change context's actor (project-access.ts):
// the secretariat creates and deletes; an editor of the project changes it,
// and only the secretariat its committee, owner account and internal fields.
import type { Kysely } from 'kysely';
import { recordAudit } from '../../db/repositories/audit.js';
import {
  deleteProject as deleteProjectRow,
  findProjectIdByReference,
  findProjectInternal,
  insertProject,
  listProjectGoals,
  replaceProjectGoals,
  updateProjectAtVersion,
  upsertProjectInternal,
} from '../../db/repositories/projects.js';
import type { Database } from '../../db/tables.js';
import { canEditProjectInternals } from '../../domain/permissions.js';
import { inTransaction } from '../change-context.js';
import type { ChangeContext } from '../change-context.js';
import { Conflict, Forbidden } from '../errors.js';
import { parseInput } from './input-fields.js';
import { requireEditableProject, requireProjectBankManager } from './project-access.js';
import { requireAdministration, requireCommittee, requireGoals, uniqueIds } from './model-lookup.js';
import { projectInputSchema } from './project-input.js';
import type { ProjectInput, ValidProjectInput } from './project-input.js';

/** Checks what the input points to; `projectId` is the project being changed, if any. */
async function checkReferences(trx: Kysely<Database>, input: ValidProjectInput, projectId: number | null) {
  const committee = await requireCommittee(trx, input.committeeId);
  await requireAdministration(trx, input.administrationId);
  await requireGoals(trx, input.goalIds);
  await ensureReferenceFree(trx, input.reference, projectId);
  return { administrationId: input.administrationId ?? committee.administration_id, goalIds: uniqueIds(input.goalIds) };
}

/** Whether another project than `projectId` (null: any project) already has the project number. */
export async function isProjectReferenceTaken(db: Kysely<Database>, reference: string, projectId: number | null): Promise<boolean> {
  const other = await findProjectIdByReference(db, reference);
  return other !== undefined && other !== projectId;
}

async function ensureReferenceFree(trx: Kysely<Database>, reference: string | null, projectId: number | null) {
  if (reference !== null && (await isProjectReferenceTaken(trx, reference, projectId))) throw new Conflict('error.project.referenceTaken', { reference });
}

/** A project owner's change keeps the committee, owner account and internal fields as they are. */
function ensureInternalsKept(before: ProjectState, input: ValidProjectInput): void {
  const kept =
    input.committeeId === before.committee_id &&
    input.ownerUserId === before.owner_user_id &&
    input.internal.caseNumber === (before.internal?.case_number ?? null) &&
    input.internal.internalNote === (before.internal?.internal_note ?? null);
  if (!kept) throw new Forbidden('error.project.secretariatFields');
}

function columnsOf(input: ValidProjectInput, administrationId: number | null) {
  return {
    reference: input.reference,
    title: input.title,
    description: input.description,
    owner: input.owner,
    committee_id: input.committeeId,
    administration_id: administrationId,
    start_on: input.startOn,
    end_on: input.endOn,
    budget_kr: input.budgetKr,
    cofunding_kr: input.cofundingKr,
    funding_source: input.fundingSource,
    target_group: input.targetGroup,
    contact: input.contact,
    owner_user_id: input.ownerUserId,
  };
}

export async function createProject(db: Kysely<Database>, raw: ProjectInput, ctx: ChangeContext) {
  requireProjectBankManager(ctx.actor);
  const input = parseInput(projectInputSchema, raw, 'error.thing.project');
  return inTransaction(db, async (trx) => {
    const { administrationId, goalIds } = await checkReferences(trx, input, null);
    const at = ctx.now.toISOString();
    const project = await insertProject(trx, { ...columnsOf(input, administrationId), created_at: at, created_by: ctx.actor.label, updated_at: at });
    await replaceProjectGoals(trx, project.id, goalIds);
    const internal = { project_id: project.id, case_number: input.internal.caseNumber, internal_note: input.internal.internalNote };
    await upsertProjectInternal(trx, internal);
    await recordAudit(trx, { at, actor: ctx.actor.label, action: 'create', entity: 'project', entityId: project.id, after: { ...project, goalIds, internal } });
    return project;
  });
}

/** Replaces a project's fields with the input, if the project is still at `version`. */
export async function updateProject(db: Kysely<Database>, projectId: number, version: number, raw: ProjectInput, ctx: ChangeContext) {
  const input = parseInput(projectInputSchema, raw, 'error.thing.project');
  return inTransaction(db, async (trx) => {
    const before = await requireProjectState(trx, projectId, ctx);
    if (!canEditProjectInternals(ctx.actor)) ensureInternalsKept(before, input);
    const { administrationId, goalIds } = await checkReferences(trx, input, projectId);
    const at = ctx.now.toISOString();
    const project = await updateProjectAtVersion(trx, projectId, version, { ...columnsOf(input, administrationId), updated_at: at });
    if (!project) throw new Conflict('error.project.changedMeanwhile', { id: projectId });
    await replaceProjectGoals(trx, projectId, goalIds);
    const internal = { project_id: projectId, case_number: input.internal.caseNumber, internal_note: input.internal.internalNote };
    await upsertProjectInternal(trx, internal);
    await recordAudit(trx, {
      at,
      actor: ctx.actor.label,
      action: 'update',
      entity: 'project',
      entityId: projectId,
      before,
      after: { ...project, goalIds, internal },
    });
    return project;
  });
}

/** Deletes a project with its monitoring, evaluations and decisions; the audit row keeps what it was. */
export async function deleteProject(db: Kysely<Database>, projectId: number, ctx: ChangeContext): Promise<void> {
  requireProjectBankManager(ctx.actor);
  await inTransaction(db, async (trx) => {
    const before = await requireProjectState(trx, projectId, ctx);
    await deleteProjectRow(trx, projectId);
    await recordAudit(trx, { at: ctx.now.toISOString(), actor: ctx.actor.label, action: 'delete', entity: 'project', entityId: projectId, before });
  });
}

type ProjectState = Awaited<ReturnType<typeof requireProjectState>>;

/** The project as it is (for the audit), once the actor is known to be allowed to edit it. */
async function requireProjectState(trx: Kysely<Database>, projectId: number, ctx: ChangeContext) {
  const project = await requireEditableProject(trx, projectId, ctx.actor);
  const goalIds = (await listProjectGoals(trx, [projectId])).map((g) => g.goal_id);
  return { ...project, goalIds, internal: (await findProjectInternal(trx, projectId)) ?? null };
}
