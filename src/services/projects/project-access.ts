// Who may change a project, asked by every project service of the change
// context's actor inside its transaction: the secretariat any project, a
// project owner its own (canEditProject); the bank's own work (new projects,
// follow-up of escalations, decisions) is the secretariat's.
import type { Kysely } from 'kysely';
import { findProject } from '../../db/repositories/projects.js';
import type { Database, ProjectRow } from '../../db/tables.js';
import { canEditProject, canManageProjectBank } from '../../domain/permissions.js';
import type { Actor } from '../../domain/permissions.js';
import { Forbidden, NotFound } from '../errors.js';

/** The project, if it exists and the actor may edit it. */
export async function requireEditableProject(trx: Kysely<Database>, projectId: number, actor: Actor): Promise<ProjectRow> {
  const project = await findProject(trx, projectId);
  if (!project) throw new NotFound('error.project.noSuchId', { id: projectId });
  if (!canEditProject(actor, { ownerId: project.owner_user_id })) throw new Forbidden('error.project.notYours');
  return project;
}

export function requireProjectBankManager(actor: Actor): void {
  if (!canManageProjectBank(actor)) throw new Forbidden('error.project.secretariatOnly');
}
