// Who is signed in: reads the session cookie on every request and puts the
// person (or null) on `request.user`, and the cookie's raw value on
// `request.sessionToken` for sign-in, sign-out and the CSRF check. The cookie
// is HttpOnly, SameSite=Lax (Lax, not Strict, so the redirect back from
// single sign-on keeps it) and Secure over TLS, where it also takes the
// `__Host-` prefix: the browser then refuses it from a subdomain or over
// plain HTTP, so no neighbour can plant one. It lives as long as the browser
// session, while the server ends the session itself after idle time
// (services/accounts/sessions.ts).
import cookie from '@fastify/cookie';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { resolveSession } from '../../services/accounts/sessions.js';
import type { SessionPolicy } from '../../services/accounts/sessions.js';
import type { SessionUser } from '../../services/accounts/session-user.js';

/** The cookie's name: `__Host-` only over TLS, since browsers accept such a cookie only when it is Secure. */
function sessionCookieName(secure: boolean): string {
  return secure ? '__Host-barometer_session' : 'barometer_session';
}

declare module 'fastify' {
  interface FastifyRequest {
    user: SessionUser | null;
    /** The session cookie as the browser sent it, valid or not. */
    sessionToken: string | null;
  }
}

export interface SessionOptions extends SessionPolicy {
  readonly cookieSecure: boolean;
  readonly now: () => Date;
}

export async function registerSessions(app: FastifyInstance, options: SessionOptions): Promise<void> {
  if (!app.hasRequestDecorator('cookies')) await app.register(cookie);
  const name = sessionCookieName(options.cookieSecure);
  app.decorateRequest('user', null);
  app.decorateRequest('sessionToken', null);
  app.addHook('onRequest', async (request) => {
    const token = request.cookies[name];
    request.sessionToken = token ? token : null;
    request.user = token ? await resolveSession(app.db, token, options.now(), options) : null;
  });
}

export function setSessionCookie(reply: FastifyReply, token: string, secure: boolean): void {
  reply.setCookie(sessionCookieName(secure), token, { path: '/', httpOnly: true, sameSite: 'lax', secure });
}

export function clearSessionCookie(reply: FastifyReply, secure: boolean): void {
  reply.clearCookie(sessionCookieName(secure), { path: '/', httpOnly: true, sameSite: 'lax', secure });
}
