// Sessions: started at every sign-in with a new random id (so a session id
// planted before sign-in never becomes a signed-in one), ended at sign-out,
// and expiring after two idle hours or twelve hours in all. An
// administrator's session, which can do the most harm if a screen is left
// unlocked, ends sooner: after thirty idle minutes unless configured
// otherwise (ADMIN_IDLE_MINUTES).
import type { Kysely } from 'kysely';
import { hashSecretToken, isWellFormedToken, newSecretToken } from '../../auth/secret-tokens.js';
import { deleteExpiredSessions, deleteSession, findLiveSessionWithUser, insertSession, touchSession } from '../../db/repositories/sessions.js';
import type { Database } from '../../db/tables.js';
import { toSessionUser } from './session-user.js';
import type { SessionUser } from './session-user.js';

const SESSION_IDLE_MS = 2 * 60 * 60 * 1000;
const SESSION_LIFETIME_MS = 12 * 60 * 60 * 1000;
export const ADMIN_IDLE_MS = 30 * 60 * 1000;
// Writing last_seen_at on every request would turn each page view into a write.
const TOUCH_INTERVAL_MS = 60 * 1000;

const plus = (moment: Date, ms: number) => new Date(moment.getTime() + ms);

export interface StartedSession {
  /** The cookie's value; only its hash is stored. */
  readonly token: string;
  readonly expiresAt: Date;
}

export async function startSession(db: Kysely<Database>, userId: number, now: Date): Promise<StartedSession> {
  const token = newSecretToken();
  const expiresAt = plus(now, SESSION_IDLE_MS);
  await deleteExpiredSessions(db, now.toISOString());
  await insertSession(db, {
    id: hashSecretToken(token),
    user_id: userId,
    created_at: now.toISOString(),
    last_seen_at: now.toISOString(),
    expires_at: expiresAt.toISOString(),
  });
  return { token, expiresAt };
}

export interface SessionPolicy {
  /** How long an administrator's session may stay idle. */
  readonly adminIdleMs: number;
}

const DEFAULT_POLICY: SessionPolicy = { adminIdleMs: ADMIN_IDLE_MS };

/** The user behind a session cookie, or null for no, an expired or an unknown session. */
export async function resolveSession(db: Kysely<Database>, token: unknown, now: Date, policy: SessionPolicy = DEFAULT_POLICY): Promise<SessionUser | null> {
  if (!isWellFormedToken(token)) return null;
  const id = hashSecretToken(token);
  const row = await findLiveSessionWithUser(db, id, now.toISOString());
  if (!row) return null;
  // Checked against the role as it is now, so a promotion shortens an open session too.
  const idleMs = row.role === 'administrator' ? Math.min(policy.adminIdleMs, SESSION_IDLE_MS) : SESSION_IDLE_MS;
  const idle = now.getTime() - Date.parse(row.last_seen_at);
  if (idle > idleMs) {
    await deleteSession(db, id);
    return null;
  }
  if (idle > TOUCH_INTERVAL_MS) {
    const hardEnd = plus(new Date(row.session_created_at), SESSION_LIFETIME_MS);
    const idleEnd = plus(now, idleMs);
    await touchSession(db, id, now.toISOString(), (idleEnd < hardEnd ? idleEnd : hardEnd).toISOString());
  }
  return toSessionUser(row);
}

export async function endSession(db: Kysely<Database>, token: unknown): Promise<void> {
  if (isWellFormedToken(token)) await deleteSession(db, hashSecretToken(token));
}
