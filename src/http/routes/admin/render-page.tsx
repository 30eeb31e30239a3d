// Sends a page of the admin area (or of sign-in) in the admin layout: the
// person's language, the site's name, a fresh CSRF token for the page's
// forms, and no caching, since the pages show what only this person may see.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { VNode } from 'preact';
import { pick, toLang } from '../../../i18n/index.js';
import { readSiteSettings } from '../../../services/site-settings.js';
import { AdminLayout } from '../../../views/admin/admin-layout.js';
import type { AdminSection } from '../../../views/admin/admin-layout.js';
import { renderDocument } from '../../../views/render.js';
import { csrfTokenFor } from '../../plugins/csrf.js';
import type { Lang } from '../../../i18n/index.js';

/** The signed-in person's language; before sign-in, `?lang=en` or Danish. */
export function langOf(request: FastifyRequest): Lang {
  if (request.user) return request.user.language;
  return toLang((request.query as Record<string, unknown> | undefined)?.lang);
}

export interface AdminPage {
  readonly title: string;
  readonly current?: AdminSection;
  readonly status?: number;
  /** Receives the CSRF token for the page's forms. */
  readonly body: (csrfToken: string, lang: Lang) => VNode;
}

export async function sendAdminPage(request: FastifyRequest, reply: FastifyReply, page: AdminPage) {
  const lang = langOf(request);
  const settings = await readSiteSettings(request.server.db);
  const csrfToken = csrfTokenFor(request, reply);
  const html = renderDocument(
    <AdminLayout
      lang={lang}
      title={page.title}
      siteName={pick(lang, settings.barometer_name_da, settings.barometer_name_en)}
      user={request.user}
      csrfToken={csrfToken}
      current={page.current}
    >
      {page.body(csrfToken, lang)}
    </AdminLayout>,
  );
  return reply
    .status(page.status ?? 200)
    .type('text/html; charset=utf-8')
    .header('cache-control', 'no-store')
    .send(html);
}
