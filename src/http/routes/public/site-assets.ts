// The public site's static files, all served by the app itself (no outside
// hosts): one stylesheet made at start from Det Fælles Designsystem's
// compiled CSS (its own font declarations removed) with IBM Plex Sans from
// @fontsource and Barometer's own rules after it, under a name that carries
// its hash so browsers may keep it for a year; the fonts; dkfds' icons; and
// the site's own icon (favicon.ts).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { IMMUTABLE, sendCachedResponse, toCachedResponse } from './cached-response.js';
import type { CachedResponse } from './cached-response.js';
import { FAVICON_ICO, FAVICON_SVG } from './favicon.js';

const require = createRequire(import.meta.url);
// dkfds exports only its script; the compiled CSS and icons sit beside it in dist/.
const DKFDS_DIST = join(dirname(require.resolve('dkfds')), '..');
const FONT_DIR = join(dirname(require.resolve('@fontsource/ibm-plex-sans')), 'files');
const ICON_DIR = join(DKFDS_DIST, 'img');
const OWN_CSS = new URL('../../../../public/barometer.css', import.meta.url);

/** The font files the stylesheet names; the export copies exactly these. */
const FONT_FILES = [400, 500, 600, 700].map((w) => `ibm-plex-sans-latin-${w}-normal.woff2`).concat('ibm-plex-sans-latin-400-italic.woff2');

const LATIN = 'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD';

function fontFaces(): string {
  return FONT_FILES.map((file) => {
    const [, weight, style] = /-(\d+)-(normal|italic)\.woff2$/.exec(file)!;
    return `@font-face{font-family:"IBM Plex Sans";font-style:${style};font-weight:${weight};font-display:swap;src:url(fonts/${file}) format("woff2");unicode-range:${LATIN}}`;
  }).join('\n');
}

/** dkfds' compiled CSS without its fonts (served from @fontsource instead), with image paths relative to /assets/. */
function designSystemCss(): string {
  return readFileSync(join(DKFDS_DIST, 'css', 'dkfds.min.css'), 'utf8')
    .replace(/@font-face\{[^}]*\}/g, '')
    .replace(/url\(\.\.\/img\//g, 'url(img/')
    .replace(/\/\*# sourceMappingURL=[^*]*\*\//, '');
}

const FAVICON_SVG_PATH = '/favicon.svg';
const FAVICON_ICO_PATH = '/favicon.ico';

export interface SiteStylesheet {
  readonly href: string;
  readonly response: CachedResponse;
}

let stylesheet: SiteStylesheet | undefined;

/** Built once per process: the files it is made of do not change while it runs. */
export function siteStylesheet(): SiteStylesheet {
  if (!stylesheet) {
    const body = Buffer.from(`${designSystemCss()}\n${fontFaces()}\n${readFileSync(OWN_CSS, 'utf8')}`);
    const hash = createHash('sha256').update(body).digest('hex').slice(0, 12);
    stylesheet = { href: `/assets/site-${hash}.css`, response: toCachedResponse({ type: 'text/css; charset=utf-8', body }, IMMUTABLE) };
  }
  return stylesheet;
}

export async function registerSiteAssets(app: FastifyInstance): Promise<void> {
  const css = siteStylesheet();
  app.get(css.href, async (request, reply) => sendCachedResponse(request, reply, css.response));
  const week = 7 * 24 * 3600 * 1000;
  // Under fixed names browsers ask for, so kept a day rather than a year.
  const day = 'public, max-age=86400';
  const svgIcon = toCachedResponse({ type: 'image/svg+xml', body: FAVICON_SVG }, day);
  const icoIcon = toCachedResponse({ type: 'image/x-icon', body: FAVICON_ICO }, day);
  app.get(FAVICON_SVG_PATH, async (request, reply) => sendCachedResponse(request, reply, svgIcon));
  app.get(FAVICON_ICO_PATH, async (request, reply) => sendCachedResponse(request, reply, icoIcon));
  await app.register(fastifyStatic, { root: FONT_DIR, prefix: '/assets/fonts/', decorateReply: false, maxAge: week, allowedPath: (path) => FONT_FILES.includes(path.replace(/^\//, '')) });
  await app.register(fastifyStatic, { root: ICON_DIR, prefix: '/assets/img/', decorateReply: false, maxAge: week });
}
