// Security headers for every response, with helmet: a Content-Security-Policy
// that allows scripts from this site only (no inline scripts), styles from this
// site plus inline style attributes (the charts' SVG uses them), and no framing.
//
// Pages meant to be embedded in other sites are the one exception to "no
// framing": a route under /embed/, or any route with `config: { embeddable:
// true }`, gets frame-ancestors from EMBED_FRAME_ANCESTORS (default `*`) and
// no X-Frame-Options. HSTS is sent only when the site is served over TLS
// (a request that arrived over https, or an https SITE_URL behind a proxy).
import helmet from '@fastify/helmet';
import type { FastifyInstance, FastifyRequest } from 'fastify';

export interface SecurityHeaderOptions {
  /** True when SITE_URL is https, i.e. a proxy in front terminates TLS. */
  readonly servedOverTls: boolean;
  readonly embedFrameAncestors: readonly string[];
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** May be shown inside a frame on other sites (see security-headers.ts). */
    embeddable?: boolean;
  }
}

export const EMBED_PATH_PREFIX = '/embed/';
const HSTS = 'max-age=31536000; includeSubDomains';

function directives(frameAncestors: readonly string[]): Record<string, string[]> {
  return {
    'default-src': ["'self'"],
    'script-src': ["'self'"],
    'script-src-attr': ["'none'"],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:'],
    'font-src': ["'self'"],
    'connect-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': [...frameAncestors],
  };
}

export function cspHeaderValue(frameAncestors: readonly string[]): string {
  return Object.entries(directives(frameAncestors))
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');
}

export function isEmbeddable(request: FastifyRequest): boolean {
  return request.routeOptions.config?.embeddable === true || (request.routeOptions.url ?? request.url).startsWith(EMBED_PATH_PREFIX);
}

export async function registerSecurityHeaders(app: FastifyInstance, options: SecurityHeaderOptions): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: { useDefaults: false, directives: directives(["'none'"]) },
    // Sent below, and only over TLS: over plain HTTP it would be ignored or,
    // on a development machine, pin localhost to https.
    strictTransportSecurity: false,
    crossOriginEmbedderPolicy: false,
  });
  const embedPolicy = cspHeaderValue(options.embedFrameAncestors);
  app.addHook('onSend', async (request, reply, payload) => {
    if (isEmbeddable(request)) {
      reply.header('content-security-policy', embedPolicy);
      reply.removeHeader('x-frame-options');
    }
    if (options.servedOverTls || request.protocol === 'https') reply.header('strict-transport-security', HSTS);
    return payload;
  });
}
