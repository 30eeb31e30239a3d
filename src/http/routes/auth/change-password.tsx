// GET/POST /account/password: a signed-in person changes their own password.
// On success every session of the account has ended, so this browser gets a
// new one (as at sign-in) and is sent back to the page with a notice.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { HashingCost } from '../../../auth/passwords.js';
import { t } from '../../../i18n/index.js';
import { changeOwnPassword, hasLocalPassword, WRONG_CURRENT_PASSWORD } from '../../../services/accounts/password-change.js';
import { FieldProblem } from '../../../services/admin/edit-errors.js';
import { CHANGE_PASSWORD_PATH, ChangePasswordPage } from '../../../views/account/change-password-page.js';
import type { ChangePasswordPageProps } from '../../../views/account/change-password-page.js';
import { problemOf } from '../admin/form-schema.js';
import { sendAdminPage } from '../admin/render-page.js';
import { changeContextOf, signedInUser } from '../../signed-in.js';
import { beginSession } from './sign-in.js';
import type { SignInOptions } from './sign-in.js';

export interface ChangePasswordRouteOptions extends SignInOptions {
  readonly hashingCost?: HashingCost;
  readonly attemptsPerMinute: number;
}

const field = (body: unknown, name: string): string => {
  const value = (body as Record<string, unknown> | undefined)?.[name];
  return typeof value === 'string' ? value : '';
};

type PageState = Pick<ChangePasswordPageProps, 'state' | 'currentError' | 'notice'>;
const EMPTY: PageState = { state: { values: {}, errors: {} }, currentError: null, notice: null };

export function registerChangePasswordRoutes(app: FastifyInstance, options: ChangePasswordRouteOptions): void {
  async function sendPage(request: FastifyRequest, reply: FastifyReply, page: PageState, status = 200) {
    const user = signedInUser(request);
    const hasPassword = await hasLocalPassword(app.db, user.id);
    return sendAdminPage(request, reply, {
      title: t(user.language, 'account.change.title'),
      status,
      body: (csrfToken, lang) => <ChangePasswordPage lang={lang} csrfToken={csrfToken} email={user.email} hasPassword={hasPassword} {...page} />,
    });
  }

  app.get(CHANGE_PASSWORD_PATH, async (request, reply) => {
    if (!request.user) return reply.redirect('/login', 303);
    const changed = (request.query as Record<string, unknown> | undefined)?.changed !== undefined;
    const notice = changed ? { kind: 'success' as const, text: t(request.user.language, 'account.change.done') } : null;
    return sendPage(request, reply, { ...EMPTY, notice });
  });

  app.post(CHANGE_PASSWORD_PATH, { config: { rateLimit: { max: options.attemptsPerMinute, timeWindow: 60_000 } } }, async (request, reply) => {
    if (!request.user) return reply.redirect('/login', 303);
    const ctx = changeContextOf(request, options.now);
    const lang = signedInUser(request).language;
    const change = { current: field(request.body, 'current'), chosen: field(request.body, 'password'), repeated: field(request.body, 'repeated') };
    try {
      const user = await changeOwnPassword(app.db, change, ctx, { hashingCost: options.hashingCost });
      await beginSession(request, reply, user, options);
      return reply.redirect(`${CHANGE_PASSWORD_PATH}?changed=1`, 303);
    } catch (error) {
      if (!(error instanceof FieldProblem)) throw error;
      if (error.problem === WRONG_CURRENT_PASSWORD) return sendPage(request, reply, { ...EMPTY, currentError: t(lang, 'account.change.wrongCurrent') }, 400);
      // The admin catalogue has no words for a guessable password yet: say it above the form.
      const notice = error.problem === 'password_too_common' ? { kind: 'error' as const, text: t(lang, 'account.password.tooCommon') } : null;
      return sendPage(request, reply, { ...EMPTY, state: { values: {}, errors: problemOf(error) }, notice }, 400);
    }
  });
}
