// Rewrites a page's site-absolute links (`/en/archive/`) into links relative
// to the page (`../archive/index.html`), so an exported copy of the site works
// from any folder of any static host, and from the disk. Links into the API
// point at the live server (SITE_URL), since the API needs the server.
import { posix } from 'node:path';

/**
 * The file an address is stored in: pages ending in `/` as `index.html`;
 * pages whose address has no trailing slash and no file extension (the
 * project bank's `/projekter`, `/projekter/3`) as `….html`, so a static host
 * sends them as HTML; files (`data.csv`) as they are.
 */
export function fileOf(path: string): string {
  if (path.endsWith('/')) return `${path}index.html`;
  return /\.[a-z0-9]+$/i.test(posix.basename(path)) ? path : `${path}.html`;
}

function isExported(path: string): boolean {
  return path.startsWith('/') && !path.startsWith('//') && !path.startsWith('/api/');
}

/** `target` (site-absolute, may carry ?query or #fragment) as seen from the page at `from`. */
export function relativeLink(from: string, target: string): string {
  const [, path = '', suffix = ''] = /^([^?#]*)(.*)$/.exec(target)!;
  const fromDir = from.endsWith('/') ? from : posix.dirname(from) + '/';
  const relative = posix.relative(fromDir, fileOf(path));
  return (relative === '' ? 'index.html' : relative) + suffix;
}

// Form actions too: the project bank's search form is a plain GET form.
const ATTRIBUTE_LINK = /\b(href|src|action)="(\/[^"]*)"/g;
const CSS_URL = /url\((["']?)(\/[^)"']*)\1\)/g;

/** `apiOrigin` (e.g. `https://barometer.kk.dk`) is put before links into the API; without it they stay site-absolute. */
export function relativizeHtml(html: string, from: string, apiOrigin: string | null = null): string {
  const rewrite = (target: string) => (isExported(target) ? relativeLink(from, target) : apiOrigin && target.startsWith('/api/') ? `${apiOrigin}${target}` : null);
  return html
    .replace(ATTRIBUTE_LINK, (whole, name: string, target: string) => {
      const link = rewrite(target);
      return link === null ? whole : `${name}="${link}"`;
    })
    .replace(CSS_URL, (whole, quote: string, target: string) => (isExported(target) ? `url(${quote}${relativeLink(from, target)}${quote})` : whole));
}

/** The site-absolute addresses a page or stylesheet refers to, for the crawl. */
export function linksIn(body: string, from: string, type: string): string[] {
  const found: string[] = [];
  if (type.startsWith('text/html')) {
    for (const match of body.matchAll(ATTRIBUTE_LINK)) found.push(match[2]!);
    for (const match of body.matchAll(CSS_URL)) found.push(match[2]!);
  } else if (type.startsWith('text/css')) {
    // The stylesheet's own urls are relative to it.
    for (const match of body.matchAll(/url\((["']?)([^)"':]+)\1\)/g)) found.push(posix.join(posix.dirname(from), match[2]!));
  }
  return found.map((link) => link.replace(/[?#].*$/, '')).filter(isExported);
}
