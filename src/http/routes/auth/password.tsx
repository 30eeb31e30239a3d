// Forgotten passwords: GET/POST /password/forgot asks for a reset link;
// GET/POST /password/reset/:token chooses the new password. The answer to a
// request is the same whether or not the address has an account, and the
// e-mail is sent after the answer, so its timing tells nothing either.
import type { FastifyInstance } from 'fastify';
import type { HashingCost } from '../../../auth/passwords.js';
import type { Mailer } from '../../../mail/mailer.js';
import { requestPasswordReset } from '../../../services/accounts/one-time-links.js';
import { ForgotPasswordPage } from '../../../views/admin/password-pages.js';
import { langOf, sendAdminPage } from '../admin/render-page.js';
import { registerChoosePasswordRoutes } from './choose-password.js';
import type { SignInOptions } from './sign-in.js';
import { t } from '../../../i18n/index.js';

export interface PasswordRouteOptions extends SignInOptions {
  readonly hashingCost?: HashingCost;
  readonly mailer: Mailer;
  readonly baseUrl: string;
  readonly attemptsPerMinute: number;
}

export async function registerPasswordRoutes(app: FastifyInstance, options: PasswordRouteOptions): Promise<void> {
  app.get('/password/forgot', async (request, reply) => {
    const lang = langOf(request);
    return sendAdminPage(request, reply, {
      title: t(lang, 'forgot.title'),
      body: (csrfToken) => <ForgotPasswordPage lang={lang} csrfToken={csrfToken} email="" sent={false} />,
    });
  });

  app.post('/password/forgot', { config: { rateLimit: { max: options.attemptsPerMinute, timeWindow: 60_000 } } }, async (request, reply) => {
    const lang = langOf(request);
    const raw = (request.body as Record<string, unknown> | undefined)?.email;
    const email = typeof raw === 'string' ? raw.slice(0, 254) : '';
    if (email) {
      requestPasswordReset(app.db, email, { mailer: options.mailer, baseUrl: options.baseUrl }, options.now()).catch((error: unknown) =>
        request.log.error({ err: error }, 'A password reset link could not be sent'),
      );
    }
    return sendAdminPage(request, reply, {
      title: t(lang, 'forgot.title'),
      body: (csrfToken) => <ForgotPasswordPage lang={lang} csrfToken={csrfToken} email={email} sent={email !== ''} />,
    });
  });

  registerChoosePasswordRoutes(app, '/password/reset/:token', 'password_reset', options);
}
