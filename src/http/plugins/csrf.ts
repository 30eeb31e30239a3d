// CSRF protection for every request that changes state (any method but GET,
// HEAD and OPTIONS), with @fastify/csrf-protection: a secret in an HttpOnly,
// SameSite=Strict cookie, and a token derived from it in each form's `_csrf`
// field (or an `x-csrf-token` header). The secret is replaced at sign-in and
// sign-out, so a secret known before sign-in is worthless after it.
//
// A route called by programs rather than browsers, authenticated by something
// other than the session cookie, may opt out with `config: { csrf: false }`.
import csrfProtection from '@fastify/csrf-protection';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

export const CSRF_COOKIE = 'barometer_csrf';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

declare module 'fastify' {
  interface FastifyContextConfig {
    /** False only for routes that browsers do not call with cookies. */
    csrf?: boolean;
  }
}

function tokenOf(request: FastifyRequest): string | undefined {
  const body = request.body as Record<string, unknown> | undefined;
  const fromBody = body && typeof body === 'object' ? body._csrf : undefined;
  if (typeof fromBody === 'string') return fromBody;
  const header = request.headers['x-csrf-token'];
  return typeof header === 'string' ? header : undefined;
}

export async function registerCsrfProtection(app: FastifyInstance, options: { cookieSecure: boolean }): Promise<void> {
  await app.register(csrfProtection, {
    cookieKey: CSRF_COOKIE,
    cookieOpts: { path: '/', sameSite: 'strict', httpOnly: true, secure: options.cookieSecure },
    getToken: tokenOf,
  });
  // After the body is parsed, so the token in a form field can be read.
  app.addHook('preHandler', (request, reply, done) => {
    if (SAFE_METHODS.has(request.method) || request.routeOptions.config?.csrf === false) return done();
    app.csrfProtection(request, reply, done);
  });
}

/** Forgets the CSRF secret, so the next page makes a new one. */
export function rotateCsrfSecret(reply: FastifyReply, secure: boolean): void {
  reply.clearCookie(CSRF_COOKIE, { path: '/', httpOnly: true, sameSite: 'strict', secure });
}

export function isCsrfError(error: unknown): boolean {
  const code = (error as { code?: unknown })?.code;
  return code === 'FST_CSRF_INVALID_TOKEN' || code === 'FST_CSRF_MISSING_SECRET';
}
