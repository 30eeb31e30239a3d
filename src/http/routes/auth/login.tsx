// GET/POST /login and POST /logout. A refused sign-in says only that the
// address or password is wrong; a locked one says until when, on the clock
// in Copenhagen. The source of an attempt is `request.ip`: the client itself,
// or behind a proxy named in TRUST_PROXY the address the proxy reports.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { HashingCost } from '../../../auth/passwords.js';
import { formatClockTime } from '../../../i18n/format.js';
import { loginWithPassword } from '../../../services/accounts/password-login.js';
import { LoginPage } from '../../../views/admin/login-page.js';
import type { LoginPageProps } from '../../../views/admin/login-page.js';
import { langOf, sendAdminPage } from '../admin/render-page.js';
import { beginSession, finishSession, safeNext } from './sign-in.js';
import type { SignInOptions } from './sign-in.js';
import { t } from '../../../i18n/index.js';

export interface LoginRouteOptions extends SignInOptions {
  readonly hashingCost?: HashingCost;
  readonly ssoLabel: string | null;
  /** Requests per minute per address for POST /login. */
  readonly attemptsPerMinute: number;
}

const field = (body: unknown, name: string): string => {
  const value = (body as Record<string, unknown> | undefined)?.[name];
  return typeof value === 'string' ? value : '';
};

export async function registerLoginRoutes(app: FastifyInstance, options: LoginRouteOptions): Promise<void> {
  function sendLogin(request: FastifyRequest, reply: FastifyReply, page: Pick<LoginPageProps, 'email' | 'next' | 'message'>, status = 200) {
    const lang = langOf(request);
    return sendAdminPage(request, reply, {
      title: t(lang, 'login.title'),
      status,
      body: (csrfToken) => <LoginPage lang={lang} csrfToken={csrfToken} ssoLabel={options.ssoLabel} {...page} />,
    });
  }

  app.get('/login', async (request, reply) => {
    const query = (request.query ?? {}) as Record<string, string | undefined>;
    if (request.user) return reply.redirect(safeNext(query.next), 303);
    const lang = langOf(request);
    const message = query.signedOut !== undefined ? { kind: 'success' as const, text: t(lang, 'login.signedOut') } : null;
    return sendLogin(request, reply, { email: '', next: safeNext(query.next), message });
  });

  app.post('/login', { config: { rateLimit: { max: options.attemptsPerMinute, timeWindow: 60_000 } } }, async (request, reply) => {
    const email = field(request.body, 'email');
    const next = safeNext(field(request.body, 'next'));
    const lang = langOf(request);
    const outcome = await loginWithPassword(
      app.db,
      { email, password: field(request.body, 'password'), ip: request.ip },
      { now: options.now(), hashingCost: options.hashingCost },
    );
    if (outcome.kind === 'signed_in') {
      await beginSession(request, reply, outcome.user, options);
      return reply.redirect(next, 303);
    }
    if (outcome.kind === 'locked') {
      const time = formatClockTime(outcome.until, lang);
      return sendLogin(request, reply, { email, next, message: { kind: 'error', text: t(lang, 'account.login.locked', { time }) } }, 429);
    }
    return sendLogin(request, reply, { email, next, message: { kind: 'error', text: t(lang, 'login.refused') } }, 401);
  });

  app.post('/logout', async (request, reply) => {
    await finishSession(request, reply, options);
    return reply.redirect('/login?signedOut=1', 303);
  });
}
