// The public site's error pages: a page that does not exist (an unknown
// policy, indicator or release) gets a 404 page in the language of its
// address; anything else goes on to the app's error handler.
import type { FastifyInstance } from 'fastify';
import { ServiceError } from '../../../services/errors.js';
import { NotFoundPage } from '../../../views/pages/not-found-page.js';
import { PATHS } from '../../../views/site-paths.js';
import { sendCachedResponse, toCachedResponse } from './cached-response.js';
import { htmlPage, loadSiteContext } from './page-support.js';

export function setPublicErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler(async (error, request, reply) => {
    if (!(error instanceof ServiceError) || error.id !== 'not_found') throw error;
    const lang = request.url.startsWith('/en/') || request.url.startsWith('/embed/en/') ? 'en' : 'da';
    const ctx = await loadSiteContext(app.db, lang);
    const other = PATHS[lang === 'da' ? 'en' : 'da'];
    const page = htmlPage(ctx, { title: ctx.t('error.notFound'), otherLanguageHref: other.home(), isDemoData: false }, <NotFoundPage ctx={ctx} />);
    reply.code(404);
    return sendCachedResponse(request, reply, { ...toCachedResponse(page), cacheControl: 'no-store' });
  });
}
