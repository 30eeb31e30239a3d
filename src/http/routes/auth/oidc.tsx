// Single sign-on: GET /auth/oidc/start sends the browser to the identity
// provider; GET /auth/oidc/callback receives it back. The state travels in
// the address and, bound to this browser, in a short-lived cookie: a callback
// whose state the browser did not start is refused (no sign-in by a link).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { beginSingleSignOn, completeSingleSignOn } from '../../../services/accounts/single-sign-on.js';
import type { SingleSignOn } from '../../../services/accounts/single-sign-on.js';
import { Forbidden } from '../../../services/errors.js';
import { LoginPage } from '../../../views/admin/login-page.js';
import { OIDC_CALLBACK_PATH } from '../../plugins/accounts-options.js';
import { langOf, sendAdminPage } from '../admin/render-page.js';
import { beginSession, safeNext } from './sign-in.js';
import type { SignInOptions } from './sign-in.js';
import { t } from '../../../i18n/index.js';
import { statusOf } from '../../status-of.js';

const STATE_COOKIE = 'barometer_oidc_state';

export interface OidcRouteOptions extends SignInOptions {
  readonly sso: SingleSignOn & { readonly label: string };
  readonly baseUrl: string;
}

export async function registerOidcRoutes(app: FastifyInstance, options: OidcRouteOptions): Promise<void> {
  const cookieOptions = { path: '/auth/oidc', httpOnly: true, sameSite: 'lax' as const, secure: options.cookieSecure };

  function sendFailure(request: FastifyRequest, reply: FastifyReply, reason: 'login.ssoNoRole' | 'login.ssoError', status: number) {
    const lang = langOf(request);
    const text = t(lang, 'login.ssoFailed', { label: options.sso.label, reason: t(lang, reason) });
    reply.clearCookie(STATE_COOKIE, cookieOptions);
    return sendAdminPage(request, reply, {
      title: t(lang, 'login.title'),
      status,
      body: (csrfToken) => (
        <LoginPage lang={lang} csrfToken={csrfToken} email="" next="/admin" ssoLabel={options.sso.label} message={{ kind: 'error', text }} />
      ),
    });
  }

  app.get('/auth/oidc/start', async (request, reply) => {
    const next = safeNext((request.query as Record<string, unknown> | undefined)?.next);
    try {
      const { url, state } = await beginSingleSignOn(app.db, options.sso, next, options.now());
      reply.setCookie(STATE_COOKIE, state, { ...cookieOptions, maxAge: 600 });
      return reply.redirect(url.href, 303);
    } catch (error) {
      request.log.error({ err: error }, 'The identity provider could not be reached');
      return sendFailure(request, reply, 'login.ssoError', 502);
    }
  });

  app.get(OIDC_CALLBACK_PATH, async (request, reply) => {
    const state = (request.query as Record<string, unknown> | undefined)?.state;
    if (typeof state !== 'string' || state === '' || request.cookies[STATE_COOKIE] !== state) {
      return sendFailure(request, reply, 'login.ssoError', 400);
    }
    try {
      const callbackUrl = new URL(request.url, options.baseUrl);
      const { user, returnTo } = await completeSingleSignOn(app.db, options.sso, callbackUrl, state, options.now());
      reply.clearCookie(STATE_COOKIE, cookieOptions);
      await beginSession(request, reply, user, options);
      return reply.redirect(safeNext(returnTo), 303);
    } catch (error) {
      if (error instanceof Forbidden) return sendFailure(request, reply, 'login.ssoNoRole', statusOf(error));
      request.log.warn({ err: error }, 'Single sign-on failed');
      return sendFailure(request, reply, 'login.ssoError', 400);
    }
  });
}
