// Signing in with e-mail and password, with a brake on guessing: wrong
// passwords lock the account for the source they come from, for longer each
// time, and past a ceiling for every source (the rules are in
// sign-in-backoff.ts). While locked, even the right password is refused. The
// count is kept per address typed, known or not, so a lockout reveals nothing.
import type { Kysely } from 'kysely';
import { verifyAgainstNothing, verifyPassword } from '../../auth/passwords.js';
import type { HashingCost } from '../../auth/passwords.js';
import { recordAudit } from '../../db/repositories/audit.js';
import { clearLoginFailures, deleteLoginFailuresBefore, listLoginFailuresSince, recordLoginFailure } from '../../db/repositories/login-attempts.js';
import { findUserByEmail, updateUser } from '../../db/repositories/users.js';
import type { Database } from '../../db/tables.js';
import { inTransaction } from '../change-context.js';
import { SIGN_IN_BACKOFF, signInBlockedUntil } from './sign-in-backoff.js';
import { normaliseEmail, toSessionUser } from './session-user.js';
import type { SessionUser } from './session-user.js';

export type LoginOutcome =
  { readonly kind: 'signed_in'; readonly user: SessionUser } | { readonly kind: 'refused' } | { readonly kind: 'locked'; readonly until: Date };

export interface LoginAttempt {
  readonly email: string;
  readonly password: string;
  /** The source address, as the proxy in front reports it when TRUST_PROXY says to believe it. */
  readonly ip: string;
}

const remembered = (now: Date) => new Date(now.getTime() - SIGN_IN_BACKOFF.memoryMs).toISOString();

export async function loginWithPassword(db: Kysely<Database>, attempt: LoginAttempt, options: { now: Date; hashingCost?: HashingCost }): Promise<LoginOutcome> {
  const { now } = options;
  const account = normaliseEmail(attempt.email);
  const blockedUntil = signInBlockedUntil(await listLoginFailuresSince(db, account, remembered(now)), attempt.ip, now);
  if (blockedUntil) return { kind: 'locked', until: blockedUntil };

  const user = await findUserByEmail(db, account);
  const usable = user && user.is_active === 1 && user.password_hash;
  const correct = usable ? await verifyPassword(user.password_hash!, attempt.password) : await verifyAgainstNothing(attempt.password, options.hashingCost);

  if (!correct) return recordFailure(db, account, attempt.ip, now);

  return inTransaction(db, async (trx) => {
    // Only this source's failures: a stranger's lockout elsewhere stays.
    await clearLoginFailures(trx, account, attempt.ip);
    const updated = await updateUser(trx, user!.id, { last_login_at: now.toISOString() });
    await recordAudit(trx, { at: now.toISOString(), actor: user!.email, action: 'sign-in', entity: 'user', entityId: user!.id, after: { method: 'password' } });
    return { kind: 'signed_in', user: toSessionUser(updated!) };
  });
}

async function recordFailure(db: Kysely<Database>, account: string, ip: string, now: Date): Promise<LoginOutcome> {
  return inTransaction(db, async (trx) => {
    const at = now.toISOString();
    await deleteLoginFailuresBefore(trx, remembered(now));
    await recordLoginFailure(trx, { account, ip, at });
    const until = signInBlockedUntil(await listLoginFailuresSince(trx, account, remembered(now)), ip, now);
    if (!until) return { kind: 'refused' };
    // The attempt was not blocked before this failure, so the lockout is new.
    await recordAudit(trx, { at, actor: 'system', action: 'lock', entity: 'sign-in', entityId: account, after: { locked_until: until.toISOString(), ip } });
    return { kind: 'locked', until };
  });
}
