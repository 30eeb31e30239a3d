// CSRF protection for every request that changes state (any method but GET,
// HEAD and OPTIONS), with @fastify/csrf-protection: a secret in an HttpOnly,
// SameSite=Strict cookie (`__Host-` prefixed over TLS, as the session's), and a token derived from it in each form's `_csrf`
// field (or an `x-csrf-token` header). The secret is replaced at sign-in and
// sign-out, so a secret known before sign-in is worthless after it.
//
// Once signed in, the token is bound to the session: it is derived from the
// session's own secret token (an HMAC), so a cookie and token pair that an
// attacker obtained for another browser, or tossed into this one, is worth
// nothing here. Before sign-in (the sign-in and password forms) the cookie
// secret above serves.
//
// Every state-changing request must also come from this site as the browser
// tells it: `Sec-Fetch-Site` must be same-origin (or none: typed or
// bookmarked), and an `Origin` header must name this host.
//
// A route called by programs rather than browsers, authenticated by something
// other than the session cookie, may opt out with `config: { csrf: false }`.
import { createHmac, timingSafeEqual } from 'node:crypto';
import csrfProtection from '@fastify/csrf-protection';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

function csrfCookieName(secure: boolean): string {
  return secure ? '__Host-barometer_csrf' : 'barometer_csrf';
}
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

declare module 'fastify' {
  interface FastifyContextConfig {
    /** False only for routes that browsers do not call with cookies. */
    csrf?: boolean;
  }
  interface FastifyInstance {
    /**
     * Why a signed-in person's state-changing request is refused, or
     * undefined when it passes: the check below, for a reader that must make
     * it before the body is read to its end (the upload reader checks the
     * form's first part, `_csrf`, and only then reads on). A request without
     * a session is refused: every upload is behind sign-in.
     */
    /** The refusal of a signed-in request's CSRF token, or undefined when it passes; `token` (null: none was sent) instead of the one in the body or header. */
    signedInCsrfRefusal(request: FastifyRequest, token?: string | null): Error | undefined;
  }
}

function tokenOf(request: FastifyRequest): string | undefined {
  const body = request.body as Record<string, unknown> | undefined;
  const fromBody = body && typeof body === 'object' ? body._csrf : undefined;
  if (typeof fromBody === 'string') return fromBody;
  const header = request.headers['x-csrf-token'];
  return typeof header === 'string' ? header : undefined;
}

export interface CsrfOptions {
  readonly cookieSecure: boolean;
  /** The site's public address (SITE_URL): behind a proxy that rewrites Host, the Origin names it. */
  readonly siteUrl: string;
}

export async function registerCsrfProtection(app: FastifyInstance, options: CsrfOptions): Promise<void> {
  const siteHost = new URL(options.siteUrl).host;
  await app.register(csrfProtection, {
    cookieKey: csrfCookieName(options.cookieSecure),
    cookieOpts: { path: '/', sameSite: 'strict', httpOnly: true, secure: options.cookieSecure },
    getToken: tokenOf,
  });
  const signedInCsrfRefusal = (request: FastifyRequest, token?: string | null): Error | undefined => {
    if (!isSameSite(request, siteHost)) return csrfError('FST_CSRF_INVALID_TOKEN', 'The request does not come from this site.');
    const sessionToken = signedInSessionToken(request);
    if (sessionToken === null) return csrfError('FST_CSRF_MISSING_SECRET', 'No session to check the token against.');
    const given = token === undefined ? tokenOf(request) : token;
    if (given === undefined || given === null) return csrfError('FST_CSRF_MISSING_SECRET', 'Missing csrf token.');
    return sameToken(given, sessionCsrfToken(sessionToken)) ? undefined : csrfError('FST_CSRF_INVALID_TOKEN', 'Invalid csrf token.');
  };
  app.decorate('signedInCsrfRefusal', signedInCsrfRefusal);
  // After the body is parsed, so the token in a form field can be read.
  app.addHook('preHandler', (request, reply, done) => {
    if (SAFE_METHODS.has(request.method) || request.routeOptions.config?.csrf === false) return done();
    // Before sign-in (the sign-in and password forms) the cookie secret serves.
    if (signedInSessionToken(request) === null && isSameSite(request, siteHost)) return app.csrfProtection(request, reply, done);
    return done(signedInCsrfRefusal(request));
  });
}

/** The token for the forms of a page: bound to the session once signed in, else to the cookie secret. */
export function csrfTokenFor(request: FastifyRequest, reply: FastifyReply): string {
  const sessionToken = signedInSessionToken(request);
  return sessionToken === null ? reply.generateCsrf() : sessionCsrfToken(sessionToken);
}

function signedInSessionToken(request: FastifyRequest): string | null {
  const token = request.sessionToken;
  return request.user && typeof token === 'string' && token !== '' ? token : null;
}

function sessionCsrfToken(sessionToken: string): string {
  return createHmac('sha256', sessionToken).update('barometer csrf token').digest('base64url');
}

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** What the browser says of where the request comes from; programs that send neither header pass on their token alone. */
function isSameSite(request: FastifyRequest, siteHost: string): boolean {
  const site = request.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') return false;
  const origin = request.headers.origin;
  // "null" is what a browser sends under Referrer-Policy: no-referrer (this site's): no claim either way.
  if (origin === undefined || origin === 'null') return true;
  try {
    const host = new URL(origin).host;
    return host === request.host || host === siteHost;
  } catch {
    return false;
  }
}

function csrfError(code: string, message: string): Error {
  return Object.assign(new Error(message), { code, statusCode: 403 });
}

/** Forgets the CSRF secret, so the next page makes a new one. */
export function rotateCsrfSecret(reply: FastifyReply, secure: boolean): void {
  reply.clearCookie(csrfCookieName(secure), { path: '/', httpOnly: true, sameSite: 'strict', secure });
}

export function isCsrfError(error: unknown): boolean {
  const code = (error as { code?: unknown })?.code;
  return code === 'FST_CSRF_INVALID_TOKEN' || code === 'FST_CSRF_MISSING_SECRET';
}
