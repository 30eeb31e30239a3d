// Signing in with e-mail and password, with a brake on guessing: five wrong
// passwords for an address within a minute lock it for fifteen minutes, and
// while it is locked even the right password is refused. The count is kept
// per address typed, known or not, so a lockout reveals nothing.
import type { Kysely } from 'kysely';
import { verifyAgainstNothing, verifyPassword } from '../../auth/passwords.js';
import type { HashingCost } from '../../auth/passwords.js';
import { recordAudit } from '../../db/repositories/audit.js';
import {
  clearLoginFailures,
  countLoginFailuresSince,
  deleteLoginFailuresBefore,
  findLockout,
  lockAccount,
  recordLoginFailure,
} from '../../db/repositories/login-attempts.js';
import { findUserByEmail, updateUser } from '../../db/repositories/users.js';
import type { Database } from '../../db/tables.js';
import { inTransaction } from '../change-context.js';
import { normaliseEmail, toSessionUser } from './session-user.js';
import type { SessionUser } from './session-user.js';

export const FAILURE_WINDOW_MS = 60 * 1000;
export const FAILURES_BEFORE_LOCKOUT = 5;
export const LOCKOUT_MS = 15 * 60 * 1000;

export type LoginOutcome =
  | { readonly kind: 'signed_in'; readonly user: SessionUser }
  | { readonly kind: 'refused' }
  | { readonly kind: 'locked'; readonly until: Date };

export interface LoginAttempt {
  readonly email: string;
  readonly password: string;
  readonly ip: string;
}

export async function loginWithPassword(
  db: Kysely<Database>,
  attempt: LoginAttempt,
  options: { now: Date; hashingCost?: HashingCost },
): Promise<LoginOutcome> {
  const { now } = options;
  const account = normaliseEmail(attempt.email);
  const lockout = await findLockout(db, account);
  if (lockout && Date.parse(lockout.locked_until) > now.getTime()) {
    return { kind: 'locked', until: new Date(lockout.locked_until) };
  }

  const user = await findUserByEmail(db, account);
  const usable = user && user.is_active === 1 && user.password_hash;
  const correct = usable
    ? await verifyPassword(user.password_hash!, attempt.password)
    : await verifyAgainstNothing(attempt.password, options.hashingCost);

  if (!correct) return recordFailure(db, account, attempt.ip, now);

  return inTransaction(db, async (trx) => {
    await clearLoginFailures(trx, account);
    const updated = await updateUser(trx, user!.id, { last_login_at: now.toISOString() });
    await recordAudit(trx, { at: now.toISOString(), actor: user!.email, action: 'sign-in', entity: 'user', entityId: user!.id, after: { method: 'password' } });
    return { kind: 'signed_in', user: toSessionUser(updated!) };
  });
}

async function recordFailure(db: Kysely<Database>, account: string, ip: string, now: Date): Promise<LoginOutcome> {
  return inTransaction(db, async (trx) => {
    const at = now.toISOString();
    await deleteLoginFailuresBefore(trx, new Date(now.getTime() - 24 * 60 * 60 * 1000).toISOString());
    await recordLoginFailure(trx, { account, ip, at });
    const recent = await countLoginFailuresSince(trx, account, new Date(now.getTime() - FAILURE_WINDOW_MS).toISOString());
    if (recent < FAILURES_BEFORE_LOCKOUT) return { kind: 'refused' };
    const until = new Date(now.getTime() + LOCKOUT_MS);
    await lockAccount(trx, account, until.toISOString());
    await recordAudit(trx, { at, actor: 'system', action: 'lock', entity: 'sign-in', entityId: account, after: { locked_until: until.toISOString(), ip } });
    return { kind: 'locked', until };
  });
}
