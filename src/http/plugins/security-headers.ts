// Security headers for every response: a Content-Security-Policy that
// allows scripts and styles from this site only (no inline scripts, no
// inline styles: the charts' SVG carries presentation attributes instead,
// see views/charts/clean-chart-svg.ts), and no framing; a Permissions-Policy that turns off the powerful browser features
// no page here uses (camera, microphone, location, payment, …), so that
// injected or embedded content cannot ask for them either; plus the usual
// hardening headers (nosniff, no referrer, …).
//
// Written here rather than with @fastify/helmet: helmet builds every header
// again on each request, which cost about a third of the public site's
// throughput in bench/public (4.3–4.8k req/s alone, 3.1–3.3k with helmet).
// The headers never change while the process runs, so they are made once,
// as two frozen sets, and copied onto each reply in one hook.
//
// Pages meant to be embedded in other sites are the one exception to "no
// framing": a route under /embed/, or any route with `config: { embeddable:
// true }`, gets frame-ancestors from EMBED_FRAME_ANCESTORS (default `*`) and
// no X-Frame-Options. HSTS is sent only when the site is served over TLS
// (a request that arrived over https, or an https SITE_URL behind a proxy).
//
// A page that must carry its own <style> element (the embeddable card, which
// loads without the site's stylesheet; a letter's HTML, which is also saved
// and printed on its own) names it by hash on its route: allowInlineStyle.
import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

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

const EMBED_PATH_PREFIX = '/embed/';
const HSTS = 'max-age=31536000; includeSubDomains';

function directives(frameAncestors: readonly string[]): Record<string, string[]> {
  return {
    'default-src': ["'self'"],
    'script-src': ["'self'"],
    'script-src-attr': ["'none'"],
    'style-src': ["'self'"],
    'img-src': ["'self'", 'data:'],
    'font-src': ["'self'"],
    'connect-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': [...frameAncestors],
  };
}

function cspHeaderValue(frameAncestors: readonly string[]): string {
  return Object.entries(directives(frameAncestors))
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');
}

/** The CSP source that allows exactly this <style> element's text. */
export function styleHashOf(css: string): string {
  return `'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`;
}

/** Lets this response's page carry the one <style> element whose hash is given (see styleHashOf), and no other. */
export function allowInlineStyle(reply: FastifyReply, hash: string): void {
  const policy = String(reply.getHeader('content-security-policy') ?? '');
  reply.header('content-security-policy', policy.replace("style-src 'self'", `style-src 'self' ${hash}`));
}

function isEmbeddable(request: FastifyRequest): boolean {
  return request.routeOptions.config?.embeddable === true || (request.routeOptions.url ?? request.url).startsWith(EMBED_PATH_PREFIX);
}

/** Features switched off for this site and anything it frames. */
const DISABLED_FEATURES = [
  'accelerometer',
  'autoplay',
  'bluetooth',
  'browsing-topics',
  'camera',
  'display-capture',
  'geolocation',
  'gyroscope',
  'hid',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'publickey-credentials-get',
  'screen-wake-lock',
  'serial',
  'usb',
  'xr-spatial-tracking',
] as const;

/** What helmet's defaults send, and the Permissions-Policy, fixed once; CSP and framing are added per set below. */
const HARDENING: Readonly<Record<string, string>> = {
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'origin-agent-cluster': '?1',
  'permissions-policy': DISABLED_FEATURES.map((feature) => `${feature}=()`).join(', '),
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
  'x-dns-prefetch-control': 'off',
  'x-download-options': 'noopen',
  'x-permitted-cross-domain-policies': 'none',
  'x-xss-protection': '0',
};

export async function registerSecurityHeaders(app: FastifyInstance, options: SecurityHeaderOptions): Promise<void> {
  const ordinary = Object.freeze({ ...HARDENING, 'content-security-policy': cspHeaderValue(["'none'"]), 'x-frame-options': 'DENY' });
  const embeddable = Object.freeze({ ...HARDENING, 'content-security-policy': cspHeaderValue(options.embedFrameAncestors) });
  app.addHook('onRequest', (request, reply, done) => {
    reply.headers(isEmbeddable(request) ? embeddable : ordinary);
    if (options.servedOverTls || request.protocol === 'https') reply.header('strict-transport-security', HSTS);
    done();
  });
}
