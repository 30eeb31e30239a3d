// What every way of signing in ends with: the old session (if the browser
// had one) is ended, a new session with a new random id is started, and the
// CSRF secret is replaced. So no cookie from before sign-in works after it.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { endSession, startSession } from '../../../services/accounts/sessions.js';
import type { SessionUser } from '../../../services/accounts/session-user.js';
import { rotateCsrfSecret } from '../../plugins/csrf.js';
import { SESSION_COOKIE, clearSessionCookie, setSessionCookie } from '../../plugins/sessions.js';

export interface SignInOptions {
  readonly cookieSecure: boolean;
  readonly now: () => Date;
}

export async function beginSession(request: FastifyRequest, reply: FastifyReply, user: SessionUser, options: SignInOptions): Promise<void> {
  await endSession(request.server.db, request.cookies[SESSION_COOKIE]);
  const session = await startSession(request.server.db, user.id, options.now());
  setSessionCookie(reply, session.token, options.cookieSecure);
  rotateCsrfSecret(reply, options.cookieSecure);
}

export async function finishSession(request: FastifyRequest, reply: FastifyReply, options: SignInOptions): Promise<void> {
  await endSession(request.server.db, request.cookies[SESSION_COOKIE]);
  clearSessionCookie(reply, options.cookieSecure);
  rotateCsrfSecret(reply, options.cookieSecure);
}

/** Where to go after signing in: a page of the admin area, never another site. */
export function safeNext(next: unknown): string {
  if (typeof next !== 'string') return '/admin';
  return /^\/admin(?:[/?#]|$)/.test(next) && !next.includes('\\') ? next : '/admin';
}
