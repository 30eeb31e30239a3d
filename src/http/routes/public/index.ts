// The public site: every page a citizen reads without logging in, in Danish
// under / and English under /en/, with its stylesheet, fonts and downloads.
// Compression, ETags and the response cache are registered here, inside the
// site's own plugin, so the admin area keeps its own rules.
import fastifyCompress from '@fastify/compress';
import fastifyEtag from '@fastify/etag';
import type { FastifyInstance } from 'fastify';
import { registerIndicatorRoutes } from './indicator-routes.js';
import { registerInfoRoutes } from './info-routes.js';
import { setPublicErrorHandler } from './not-found.js';
import { registerPolicyRoutes } from './policy-routes.js';
import { registerReleaseRoutes } from './release-routes.js';
import { createResponseCache } from './response-cache.js';
import type { ResponseCache } from './response-cache.js';
import { registerSiteAssets } from './site-assets.js';
import { redirectToTrailingSlash } from './trailing-slash.js';

export interface PublicSiteOptions {
  /** Given by tests and the benchmark; by default each app has its own. */
  cache?: ResponseCache;
}

export async function registerPublicSite(app: FastifyInstance, options: PublicSiteOptions = {}): Promise<void> {
  // Pages carry their own compressed bodies and ETags (cached-response.ts);
  // these two cover the rest: icons, fonts, error pages.
  await app.register(fastifyCompress, { global: true, threshold: 1024, encodings: ['br', 'gzip'] });
  await app.register(fastifyEtag, { weak: true });
  setPublicErrorHandler(app);
  const cache = options.cache ?? createResponseCache(app.db);
  await app.register(registerSiteAssets);
  await app.register(registerPolicyRoutes, { cache });
  await app.register(registerIndicatorRoutes, { cache });
  await app.register(registerReleaseRoutes, { cache });
  await app.register(registerInfoRoutes, { cache });
  await app.register(redirectToTrailingSlash);
}
