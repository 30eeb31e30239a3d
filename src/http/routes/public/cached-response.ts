// A rendered response kept ready to send: the body once in each encoding a
// browser may ask for (compressed when it is made, not on every request),
// and an ETag derived from the content, so a browser that has the page gets
// 304 Not Modified and no body.
import { createHash } from 'node:crypto';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { FastifyReply, FastifyRequest } from 'fastify';

export interface Rendered {
  readonly type: string;
  readonly body: string | Buffer;
  readonly headers?: Readonly<Record<string, string>>;
}

export interface CachedResponse {
  readonly etag: string;
  readonly type: string;
  readonly cacheControl: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly identity: Buffer;
  readonly gzip: Buffer | null;
  readonly br: Buffer | null;
}

/** Public pages may be stored anywhere but must be checked on every use, so a new release shows at once. */
export const REVALIDATE = 'public, no-cache';
export const IMMUTABLE = 'public, max-age=31536000, immutable';

const COMPRESSIBLE = /^(text\/|application\/(json|javascript|xml)|image\/svg\+xml)/;
const MIN_COMPRESSED_SIZE = 1024;

export function toCachedResponse(rendered: Rendered, cacheControl = REVALIDATE, precompress = true): CachedResponse {
  const identity = typeof rendered.body === 'string' ? Buffer.from(rendered.body) : rendered.body;
  const compress = precompress && COMPRESSIBLE.test(rendered.type) && identity.length >= MIN_COMPRESSED_SIZE;
  return {
    // Weak: the same content is sent in three encodings under one tag.
    etag: `W/"${createHash('sha256').update(identity).digest('base64url').slice(0, 27)}"`,
    type: rendered.type,
    cacheControl,
    headers: rendered.headers ?? {},
    identity,
    gzip: compress ? gzipSync(identity, { level: 9 }) : null,
    br: compress ? brotliCompressSync(identity, { params: { [constants.BROTLI_PARAM_QUALITY]: 9, [constants.BROTLI_PARAM_SIZE_HINT]: identity.length } }) : null,
  };
}

/** True when the browser's If-None-Match names this tag (weakly compared, as RFC 9110 requires for GET). */
function isFresh(request: FastifyRequest, etag: string): boolean {
  const header = request.headers['if-none-match'];
  if (!header) return false;
  if (header.trim() === '*') return true;
  const bare = etag.replace(/^W\//, '');
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === bare);
}

type Encoding = 'br' | 'gzip' | null;

/** What an Accept-Encoding header allows, parsed once per distinct header: browsers send a handful of values. */
const acceptedByHeader = new Map<string, { br: boolean; gzip: boolean }>();
const MAX_REMEMBERED_HEADERS = 64;

function acceptedEncodings(header: string): { br: boolean; gzip: boolean } {
  let accepted = acceptedByHeader.get(header);
  if (!accepted) {
    const offers = new Map<string, number>();
    for (const part of header.split(',')) {
      const [name, ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => /^\s*q=([\d.]+)/.exec(p)).find(Boolean);
      offers.set(name!, q ? Number(q[1]) : 1);
    }
    const wants = (name: string) => (offers.get(name) ?? offers.get('*') ?? 0) > 0;
    accepted = { br: wants('br'), gzip: wants('gzip') };
    if (acceptedByHeader.size >= MAX_REMEMBERED_HEADERS) acceptedByHeader.clear();
    acceptedByHeader.set(header, accepted);
  }
  return accepted;
}

/** The best encoding the request accepts: brotli, then gzip, else none. */
function chooseEncoding(request: FastifyRequest, response: CachedResponse): Encoding {
  const header = request.headers['accept-encoding'];
  if (!header || !response.gzip) return null;
  const accepted = acceptedEncodings(header);
  if (response.br && accepted.br) return 'br';
  return accepted.gzip ? 'gzip' : null;
}

export function sendCachedResponse(request: FastifyRequest, reply: FastifyReply, response: CachedResponse): FastifyReply {
  reply.header('etag', response.etag).header('cache-control', response.cacheControl).header('vary', 'Accept-Encoding');
  if (isFresh(request, response.etag)) return reply.code(304).send();
  for (const [name, value] of Object.entries(response.headers)) reply.header(name, value);
  reply.type(response.type);
  const encoding = chooseEncoding(request, response);
  if (encoding) reply.header('content-encoding', encoding);
  return reply.send(encoding === 'br' ? response.br : encoding === 'gzip' ? response.gzip : response.identity);
}
