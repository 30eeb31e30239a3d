// Pages live at addresses ending in `/`; the same address typed without it
// is sent there permanently, so links people shorten by hand still work.
import type { FastifyInstance } from 'fastify';
import { routePattern } from '../../../views/site-paths.js';
import type { Segment } from '../../../views/site-paths.js';
import { LANGS } from './page-support.js';

const PAGES: readonly (readonly (Segment | `:${string}`)[])[] = [
  ['policies', ':policy'],
  ['policies', ':policy', 'focusAreas', ':area'],
  ['policies', ':policy', 'goals', ':goal'],
  ['policies', ':policy', 'committees', ':committee'],
  ['policies', ':policy', 'indicators', ':indicator'],
  ['policies', ':policy', 'releases'],
  ['policies', ':policy', 'releases', ':release'],
  ['archive'],
  ['methodology'],
  ['openData'],
];

export async function redirectToTrailingSlash(app: FastifyInstance): Promise<void> {
  const redirect = async (request: { url: string }, reply: { redirect(url: string, code: number): unknown }) => {
    const [path, query] = request.url.split('?');
    return reply.redirect(`${path}/${query === undefined ? '' : `?${query}`}`, 301);
  };
  app.get('/en', redirect);
  for (const lang of LANGS) {
    for (const page of PAGES) app.get(routePattern(lang, ...page).replace(/\/$/, ''), redirect);
  }
}
