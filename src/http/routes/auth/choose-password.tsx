// Choosing a password through a one-time link, for both kinds of link: an
// invitation (/invitation/:token) and a reset (/password/reset/:token). A
// good password signs the person in with a new session.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { HashingCost } from '../../../auth/passwords.js';
import { pick, t } from '../../../i18n/index.js';
import { findLinkHolder, redeemLink } from '../../../services/accounts/one-time-links.js';
import type { OneTimeLinkPurpose } from '../../../services/accounts/one-time-links.js';
import { FieldProblem } from '../../../services/admin/edit-errors.js';
import { NotFound } from '../../../services/errors.js';
import { readSiteSettings } from '../../../services/site-settings.js';
import { Notice } from '../../../views/admin/forms/notice.js';
import { ChoosePasswordPage, ExpiredLinkPage } from '../../../views/admin/password-pages.js';
import { problemOf } from '../admin/form-schema.js';
import { sendAdminPage } from '../admin/render-page.js';
import { beginSession } from './sign-in.js';
import type { SignInOptions } from './sign-in.js';
import type { Lang } from '../../../i18n/index.js';

const tokenOf = (request: FastifyRequest) => (request.params as Record<string, string | undefined>).token;

export function registerChoosePasswordRoutes(
  app: FastifyInstance,
  path: string,
  purpose: OneTimeLinkPurpose,
  options: SignInOptions & { readonly hashingCost?: HashingCost },
): void {
  async function sendExpired(request: FastifyRequest, reply: FastifyReply, lang: Lang) {
    return sendAdminPage(request, reply, { title: t(lang, 'link.expired.title'), status: 410, body: () => <ExpiredLinkPage lang={lang} /> });
  }

  async function sendForm(
    request: FastifyRequest,
    reply: FastifyReply,
    holder: { email: string; language: Lang },
    problem: FieldProblem | null,
    status: number,
  ) {
    const errors = problem ? problemOf(problem) : {};
    const lang = holder.language;
    const settings = await readSiteSettings(app.db);
    const siteName = pick(lang, settings.barometer_name_da, settings.barometer_name_en);
    const title = purpose === 'invitation' ? t(lang, 'invitation.title', { site: siteName }) : t(lang, 'reset.title');
    // The admin catalogue has no words for a guessable password yet: say it above the form.
    const tooCommon = problem?.problem === 'password_too_common';
    return sendAdminPage(request, reply, {
      title,
      status,
      body: (csrfToken) => (
        <>
          {tooCommon && <Notice kind="error">{t(lang, 'account.password.tooCommon')}</Notice>}
          <ChoosePasswordPage
            lang={lang}
            csrfToken={csrfToken}
            purpose={purpose}
            action={request.url}
            email={holder.email}
            siteName={siteName}
            state={{ values: {}, errors }}
          />
        </>
      ),
    });
  }

  // The token is in the address; the page must not be stored or passed on.
  app.get(path, async (request, reply) => {
    reply.header('referrer-policy', 'no-referrer');
    const holder = await findLinkHolder(app.db, tokenOf(request), purpose, options.now());
    if (!holder) return sendExpired(request, reply, 'da');
    return sendForm(request, reply, holder, null, 200);
  });

  app.post(path, async (request, reply) => {
    const body = (request.body ?? {}) as Record<string, unknown>;
    const password = { chosen: typeof body.password === 'string' ? body.password : '', repeated: typeof body.repeated === 'string' ? body.repeated : '' };
    const holder = await findLinkHolder(app.db, tokenOf(request), purpose, options.now());
    if (!holder) return sendExpired(request, reply, 'da');
    try {
      const user = await redeemLink(app.db, tokenOf(request), purpose, password, { now: options.now(), hashingCost: options.hashingCost });
      await beginSession(request, reply, user, options);
      return reply.redirect('/admin', 303);
    } catch (error) {
      if (error instanceof FieldProblem) return sendForm(request, reply, holder, error, 400);
      if (error instanceof NotFound) return sendExpired(request, reply, holder.language);
      throw error;
    }
  });
}
