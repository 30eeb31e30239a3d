// Who is signed in: reads the session cookie on every request and puts the
// person (or null) on `request.user`. The cookie is HttpOnly, SameSite=Lax
// (Lax, not Strict, so the redirect back from single sign-on keeps it) and
// Secure over TLS; it lives as long as the browser session, while the server
// ends the session itself after idle time (services/accounts/sessions.ts).
import cookie from '@fastify/cookie';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { resolveSession } from '../../services/accounts/sessions.js';
import type { SessionUser } from '../../services/accounts/session-user.js';

export const SESSION_COOKIE = 'barometer_session';

declare module 'fastify' {
  interface FastifyRequest {
    user: SessionUser | null;
  }
}

export interface SessionOptions {
  readonly cookieSecure: boolean;
  readonly now: () => Date;
}

export async function registerSessions(app: FastifyInstance, options: SessionOptions): Promise<void> {
  if (!app.hasRequestDecorator('cookies')) await app.register(cookie);
  app.decorateRequest('user', null);
  app.addHook('onRequest', async (request) => {
    const token = request.cookies[SESSION_COOKIE];
    request.user = token ? await resolveSession(app.db, token, options.now()) : null;
  });
}

export function setSessionCookie(reply: FastifyReply, token: string, secure: boolean): void {
  reply.setCookie(SESSION_COOKIE, token, { path: '/', httpOnly: true, sameSite: 'lax', secure });
}

export function clearSessionCookie(reply: FastifyReply, secure: boolean): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure });
}
