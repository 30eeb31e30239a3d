// A signed-in person changes their own password: the current one first (so
// a session left open on a shared screen cannot be turned into the account),
// then a new one that meets the same rules as one chosen through a link.
// Every session of the account ends, and any open link is retired; the
// caller starts a fresh session for the person who just proved who they are.
import type { Kysely } from 'kysely';
import { hashPassword, passwordProblem, verifyPassword } from '../../auth/passwords.js';
import type { HashingCost } from '../../auth/passwords.js';
import { recordAudit } from '../../db/repositories/audit.js';
import { deleteSessionsOfUser } from '../../db/repositories/sessions.js';
import { retireAllTokensOfUser } from '../../db/repositories/tokens.js';
import { findUserById, updateUser } from '../../db/repositories/users.js';
import type { Database } from '../../db/tables.js';
import { FieldProblem } from '../admin/edit-errors.js';
import { inTransaction } from '../change-context.js';
import type { ChangeContext } from '../change-context.js';
import { Conflict, NotFound } from '../errors.js';
import { toSessionUser } from './session-user.js';
import type { SessionUser } from './session-user.js';

export interface PasswordChange {
  readonly current: string;
  readonly chosen: string;
  readonly repeated: string;
}

/** The problem code when the current password is wrong (a FieldProblem on `current`). */
export const WRONG_CURRENT_PASSWORD = 'wrong_current_password';

/** Whether the person has a password here at all (not so for single sign-on only). */
export async function hasLocalPassword(db: Kysely<Database>, userId: number): Promise<boolean> {
  const user = await findUserById(db, userId);
  return user !== undefined && user.password_hash !== null;
}

export async function changeOwnPassword(
  db: Kysely<Database>,
  change: PasswordChange,
  ctx: ChangeContext,
  options: { hashingCost?: HashingCost } = {},
): Promise<SessionUser> {
  const user = await findUserById(db, ctx.actor.id);
  if (!user || user.is_active !== 1) throw new NotFound('error.account.gone');
  if (user.password_hash === null) throw new Conflict('error.password.singleSignOn');
  if (!(await verifyPassword(user.password_hash, change.current))) {
    throw new FieldProblem('current', WRONG_CURRENT_PASSWORD, 'error.password.wrongCurrent');
  }
  const problem = passwordProblem(change.chosen, change.repeated, user.email);
  if (problem) throw new FieldProblem('password', `password_${problem}`, 'error.password.unusable', { problem });
  const passwordHash = await hashPassword(change.chosen, options.hashingCost);
  const at = ctx.now.toISOString();
  return inTransaction(db, async (trx) => {
    // A password changed since the check above (in another tab) wins: this change then fails as stale.
    const current = await findUserById(trx, user.id);
    if (!current || current.password_hash !== user.password_hash) throw new Conflict('error.password.changedMeanwhile');
    await deleteSessionsOfUser(trx, user.id);
    await retireAllTokensOfUser(trx, user.id, at);
    const updated = await updateUser(trx, user.id, { password_hash: passwordHash, updated_at: at });
    await recordAudit(trx, { at, actor: ctx.actor.label, action: 'change-password', entity: 'user', entityId: user.id });
    return toSessionUser(updated!);
  });
}
