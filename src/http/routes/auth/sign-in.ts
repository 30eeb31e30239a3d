// What every way of signing in ends with: the old session (if the browser
// had one) is ended, a new session with a new random id is started, and the
// CSRF secret is replaced. So no cookie from before sign-in works after it.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { endSession, startSession } from '../../../services/accounts/sessions.js';
import type { SessionUser } from '../../../services/accounts/session-user.js';
import { rotateCsrfSecret } from '../../plugins/csrf.js';
import { clearSessionCookie, setSessionCookie } from '../../plugins/sessions.js';

export interface SignInOptions {
  readonly cookieSecure: boolean;
  readonly now: () => Date;
}

export async function beginSession(request: FastifyRequest, reply: FastifyReply, user: SessionUser, options: SignInOptions): Promise<void> {
  await endSession(request.server.db, request.sessionToken);
  const session = await startSession(request.server.db, user.id, options.now());
  setSessionCookie(reply, session.token, options.cookieSecure);
  rotateCsrfSecret(reply, options.cookieSecure);
}

export async function finishSession(request: FastifyRequest, reply: FastifyReply, options: SignInOptions): Promise<void> {
  await endSession(request.server.db, request.sessionToken);
  clearSessionCookie(reply, options.cookieSecure);
  rotateCsrfSecret(reply, options.cookieSecure);
}

const THIS_SITE = 'http://this.site';

/**
 * Where to go after signing in: a page of the admin area, never another
 * site, and written in plain ASCII with every odd character percent-encoded,
 * since a raw control character in a Location header would fail the response
 * after the session was made. Anything else gives `/admin`.
 */
export function safeNext(next: unknown): string {
  if (typeof next !== 'string' || !next.startsWith('/') || next.length > 2000) return '/admin';
  let url: URL;
  try {
    url = new URL(next, THIS_SITE);
  } catch {
    return '/admin';
  }
  // The parser reads `\` as `/` and resolves `..`, so `/\evil.example` and `/admin/../x` are caught here.
  if (url.origin !== THIS_SITE || !/^\/admin(?:\/|$)/.test(url.pathname)) return '/admin';
  return `${url.pathname}${url.search}${url.hash}`;
}
