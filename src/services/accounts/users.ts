// People: created by an administrator (or `barometer user add`), changed
// with optimistic concurrency, never deleted (deactivated instead, so the
// audit trail keeps meaning). There is always one active administrator left.
import type { Kysely } from 'kysely';
import { canManageUsers, isRole, roleNeedsAdministration, roleNeedsCommittee } from '../../domain/permissions.js';
import type { Role } from '../../domain/permissions.js';
import { recordAudit } from '../../db/repositories/audit.js';
import { deleteSessionsOfUser } from '../../db/repositories/sessions.js';
import { retireAllTokensOfUser } from '../../db/repositories/tokens.js';
import { findUserByEmail, findUserById, insertUser, listUsers, updateUserAtVersion } from '../../db/repositories/users.js';
import type { Database, UserLanguage, UserRow } from '../../db/tables.js';
import { inTransaction } from '../change-context.js';
import type { ChangeContext } from '../change-context.js';
import { Forbidden, Invalid, NotFound } from '../errors.js';
import { FieldProblem, StaleEdit } from '../admin/edit-errors.js';
import { isPlausibleEmail, normaliseEmail } from './session-user.js';

export interface UserInput {
  readonly email: string;
  readonly name: string;
  readonly role: Role;
  readonly administrationId: number | null;
  readonly committeeId: number | null;
  readonly language: UserLanguage;
  readonly isActive: boolean;
}

/** The row without its secrets, for pages and the audit log. */
export type UserView = Omit<UserRow, 'password_hash'> & { readonly hasPassword: boolean };

export function toUserView(row: UserRow): UserView {
  const { password_hash, ...rest } = row;
  return { ...rest, hasPassword: password_hash !== null };
}

function checkInput(input: UserInput): { email: string } {
  const email = normaliseEmail(input.email);
  if (!isPlausibleEmail(email)) throw new FieldProblem('email', 'email', 'error.user.notAnEmail', { email: input.email });
  if (!isRole(input.role)) throw new Invalid('error.user.notARole', { role: String(input.role) });
  if (roleNeedsAdministration(input.role) && input.administrationId === null) {
    throw new FieldProblem('administrationId', 'administration_needed', 'error.user.supplierNeedsAdministration');
  }
  if (roleNeedsCommittee(input.role) && input.committeeId === null) {
    throw new FieldProblem('committeeId', 'committee_needed', 'error.user.memberNeedsCommittee');
  }
  return { email };
}

function rowValues(input: UserInput, email: string) {
  return {
    email,
    name: input.name.trim(),
    role: input.role,
    // A link that the role does not use would grant nothing; keep it out.
    administration_id: roleNeedsAdministration(input.role) ? input.administrationId : null,
    committee_id: roleNeedsCommittee(input.role) ? input.committeeId : null,
    language: input.language,
    is_active: input.isActive ? (1 as const) : (0 as const),
  };
}

export async function createUser(db: Kysely<Database>, input: UserInput, ctx: ChangeContext): Promise<UserView> {
  if (!canManageUsers(ctx.actor)) throw new Forbidden('error.user.adminOnly');
  const { email } = checkInput(input);
  return inTransaction(db, async (trx) => {
    if (await findUserByEmail(trx, email)) throw emailTaken(email);
    const at = ctx.now.toISOString();
    const row = await insertUser(trx, { ...rowValues(input, email), password_hash: null, created_at: at, updated_at: at });
    const view = toUserView(row);
    await recordAudit(trx, { at, actor: ctx.actor.label, action: 'create', entity: 'user', entityId: row.id, after: view });
    return view;
  });
}

export async function updateUserAccount(db: Kysely<Database>, id: number, version: number, input: UserInput, ctx: ChangeContext): Promise<UserView> {
  if (!canManageUsers(ctx.actor)) throw new Forbidden('error.user.adminOnly');
  const { email } = checkInput(input);
  return inTransaction(db, async (trx) => {
    const before = await findUserById(trx, id);
    if (!before) throw new NotFound('error.user.idGone', { id });
    const other = await findUserByEmail(trx, email);
    if (other && other.id !== id) throw emailTaken(email);
    const at = ctx.now.toISOString();
    const after = await updateUserAtVersion(trx, id, version, { ...rowValues(input, email), updated_at: at });
    if (!after) throw new StaleEdit('error.user.stale');
    await requireAnActiveAdministrator(trx);
    // Rights just taken away must not live on in open sessions, nor in a link
    // sent for the old rights (or to an address that was wrong).
    const rightsChanged =
      after.is_active === 0 || after.role !== before.role || after.administration_id !== before.administration_id || after.committee_id !== before.committee_id;
    if (rightsChanged) await deleteSessionsOfUser(trx, id);
    if (rightsChanged || after.email !== before.email) await retireAllTokensOfUser(trx, id, at);
    await recordAudit(trx, {
      at,
      actor: ctx.actor.label,
      action: 'update',
      entity: 'user',
      entityId: id,
      before: toUserView(before),
      after: toUserView(after),
    });
    return toUserView(after);
  });
}

/** False when nobody is left to manage people: every change that could cause that checks it. */
export async function hasActiveAdministrator(db: Kysely<Database>): Promise<boolean> {
  return (await listUsers(db)).some((u) => u.role === 'administrator' && u.is_active === 1);
}

async function requireAnActiveAdministrator(db: Kysely<Database>): Promise<void> {
  if (!(await hasActiveAdministrator(db))) {
    throw new FieldProblem('role', 'last_administrator', 'error.user.lastAdministrator');
  }
}

const emailTaken = (email: string) => new FieldProblem('email', 'email_taken', 'error.user.emailTaken', { email });

export async function listUserViews(db: Kysely<Database>): Promise<UserView[]> {
  return (await listUsers(db)).map(toUserView);
}

export async function getUserView(db: Kysely<Database>, id: number): Promise<UserView> {
  const row = await findUserById(db, id);
  if (!row) throw new NotFound('error.user.idGone', { id });
  return toUserView(row);
}
