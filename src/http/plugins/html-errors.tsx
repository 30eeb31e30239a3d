// Errors as pages for the parts of the app people use in a browser (sign-in
// and the admin area): no access, not found, a form that failed its CSRF
// check, a form too large to read, too many attempts, and a request a service refused that no form
// caught (a form sent without a choice it needs, say): the page then shows
// the service's own words, which are English. Anything else goes on to the
// app's own handler.
import type { FastifyInstance } from 'fastify';
import { Conflict, Forbidden, Invalid, NotFound } from '../../services/errors.js';
import { sendAdminPage } from '../routes/admin/render-page.js';
import { isCsrfError } from './csrf.js';
import { t } from '../../i18n/index.js';
import type { MessageKey } from '../../i18n/index.js';

function pageFor(error: unknown): { status: number; title: MessageKey; text: MessageKey; detail?: string } | null {
  if (isCsrfError(error)) return { status: 403, title: 'error.csrf.title', text: 'error.csrf.text' };
  if (error instanceof Forbidden) return { status: 403, title: 'error.forbidden.title', text: 'error.forbidden.text' };
  if (error instanceof NotFound) return { status: 404, title: 'error.notFound.title', text: 'error.notFound.text' };
  if ((error as { statusCode?: number }).statusCode === 413) return { status: 413, title: 'error.tooLarge.title', text: 'error.tooLarge.text' };
  if ((error as { statusCode?: number }).statusCode === 429) return { status: 429, title: 'error.title', text: 'login.rateLimited' };
  if (error instanceof Invalid) return { status: 400, title: 'error.title', text: 'error.refused.text', detail: error.message };
  if (error instanceof Conflict) return { status: 409, title: 'error.title', text: 'error.conflict.text', detail: error.message };
  return null;
}

export function setHtmlErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler(async (error, request, reply) => {
    const page = pageFor(error);
    // Thrown on, the error reaches the app's handler (src/http/error-handler.ts).
    if (!page) throw error;
    return sendAdminPage(request, reply, {
      title: t(request.user?.language ?? 'da', page.title),
      status: page.status,
      body: (_csrf, lang) => (
        <>
          <h1>{t(lang, page.title)}</h1>
          <p>{t(lang, page.text)}</p>
          {page.detail && <p lang="en">{page.detail}</p>}
          <p>
            <a href={request.user ? '/admin' : '/login'}>{t(lang, request.user ? 'error.back' : 'login.title')}</a>
          </p>
        </>
      ),
    });
  });
}
