// The public site's response cache. Every public response is a function of
// the data and the address alone, so it is kept per address together with
// the data version it was made from (services/public/data-version.ts) and made
// again as soon as the version moves: a release published through the
// service, in this process or another, shows on the very next request, and
// there is no build step. Requests for an address being made wait for it
// instead of making it again; the least recently used entries go first.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../../../services/database.js';
import { readPublicDataVersion } from '../../../services/public/data-version.js';
import { REVALIDATE, sendCachedResponse, toCachedResponse } from './cached-response.js';
import type { CachedResponse, Rendered } from './cached-response.js';

export type Render = (request: FastifyRequest) => Promise<Rendered>;

interface Entry {
  readonly version: string;
  readonly response: Promise<CachedResponse>;
}

export interface ResponseCache {
  /** A route handler that answers from the cache, making the response when the data has changed. */
  handler(render: Render): (request: FastifyRequest, reply: FastifyReply) => Promise<FastifyReply>;
  /** Forgets everything (tests, and the benchmark's uncached runs). */
  clear(): void;
  readonly size: number;
}

export interface ResponseCacheOptions {
  maxEntries?: number;
  /** False makes every response anew (the benchmark's uncached runs). */
  enabled?: boolean;
  /** False skips compressing responses when they are made (the static export reads them uncompressed). */
  compress?: boolean;
}

export function createResponseCache(db: Db, options: ResponseCacheOptions = {}): ResponseCache {
  const maxEntries = options.maxEntries ?? 1000;
  const entries = new Map<string, Entry>();

  function remember(key: string, entry: Entry): void {
    entries.delete(key);
    entries.set(key, entry);
    if (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
  }

  return {
    handler(render) {
      return async (request, reply) => {
        const version = await readPublicDataVersion(db);
        const key = request.url.split('?')[0]!;
        let entry = options.enabled === false ? undefined : entries.get(key);
        if (!entry || entry.version !== version) {
          const response = render(request).then((rendered) => toCachedResponse(rendered, REVALIDATE, options.compress !== false));
          entry = { version, response };
          // A failed render (a page that does not exist, say) is not kept.
          response.catch(() => entries.get(key) === entry && entries.delete(key));
        }
        if (options.enabled !== false) remember(key, entry);
        return sendCachedResponse(request, reply, await entry.response);
      };
    },
    clear: () => entries.clear(),
    get size() {
      return entries.size;
    },
  };
}
