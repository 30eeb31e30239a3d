// Errors as pages for the parts of the app people use in a browser (sign-in
// and the admin area): no access, not found, a form that failed its CSRF
// check, a form too large to read, too many attempts, and a request a service
// refused that no form caught (a form sent without a choice it needs, say):
// the page then says what the service said, in the reader's language.
// Anything else goes on to the app's own handler.
import type { FastifyInstance } from 'fastify';
import { ServiceError } from '../../services/errors.js';
import type { ServiceErrorId } from '../../services/errors.js';
import { langOf, sendAdminPage } from '../routes/admin/render-page.js';
import { statusOf } from '../status-of.js';
import { isCsrfError } from './csrf.js';
import { t } from '../../i18n/index.js';
import type { Lang, MessageKey } from '../../i18n/index.js';

const PAGE_TEXTS: Record<ServiceErrorId, { title: MessageKey; text: MessageKey; detailed: boolean }> = {
  forbidden: { title: 'error.forbidden.title', text: 'error.forbidden.text', detailed: false },
  not_found: { title: 'error.notFound.title', text: 'error.notFound.text', detailed: false },
  invalid: { title: 'error.title', text: 'error.refused.text', detailed: true },
  conflict: { title: 'error.title', text: 'error.conflict.text', detailed: true },
};

function pageFor(error: unknown, lang: Lang): { status: number; title: MessageKey; text: MessageKey; detail?: string } | null {
  if (isCsrfError(error)) return { status: 403, title: 'error.csrf.title', text: 'error.csrf.text' };
  if ((error as { statusCode?: number }).statusCode === 413) return { status: 413, title: 'error.tooLarge.title', text: 'error.tooLarge.text' };
  if ((error as { statusCode?: number }).statusCode === 429) return { status: 429, title: 'error.title', text: 'login.rateLimited' };
  if (!(error instanceof ServiceError)) return null;
  const { title, text, detailed } = PAGE_TEXTS[error.id];
  return { status: statusOf(error), title, text, ...(detailed && { detail: error.messageIn(lang) }) };
}

export function setHtmlErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler(async (error, request, reply) => {
    const lang = langOf(request);
    const page = pageFor(error, lang);
    // Thrown on, the error reaches the app's handler (src/http/error-handler.ts).
    if (!page) throw error;
    return sendAdminPage(request, reply, {
      title: t(lang, page.title),
      status: page.status,
      body: () => (
        <>
          <h1>{t(lang, page.title)}</h1>
          <p>{t(lang, page.text)}</p>
          {page.detail && <p>{page.detail}</p>}
          <p>
            <a href={request.user ? '/admin' : '/login'}>{t(lang, request.user ? 'error.back' : 'login.title')}</a>
          </p>
        </>
      ),
    });
  });
}
