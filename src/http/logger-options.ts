// How the server logs, and whom it believes about who a client is. The
// request log names every address asked for, and some addresses carry a
// secret: the one-time token of an invitation or password-reset link in the
// path, the code and state of a single sign-on callback in the query. Anyone
// who reads the log could use them, so they are blotted out before a line is
// written.
import type { FastifyRequest, FastifyServerOptions } from 'fastify';
import { getConfig } from '../config/env.js';
import type { TrustProxy } from '../config/env.js';

/** Where log lines go instead of standard output (tests read them). */
export interface LogStream {
  write(line: string): void;
}

export interface ServerOptionsInput {
  readonly logLevel?: string;
  readonly logStream?: LogStream;
  /** The accounts options; without them, TRUST_PROXY comes from the environment like the rest. */
  readonly accounts?: { readonly trustProxy?: TrustProxy };
}

const REDACTED = '[redacted]';
const SECRET_IN_PATH = /^(\/(?:invitation|password\/reset)\/)[^/?#]+/;
const SECRET_IN_QUERY = /([?&](?:code|state|token|session_state)=)[^&#]*/g;

/** The address with its secrets replaced, fit for a log. */
export function redactUrl(url: string): string {
  return url.replace(SECRET_IN_PATH, `$1${REDACTED}`).replace(SECRET_IN_QUERY, `$1${REDACTED}`);
}

/** Fastify's own request serializer, with the address redacted. */
function serializeRequest(request: FastifyRequest) {
  return {
    method: request.method,
    url: redactUrl(request.url),
    host: request.host,
    remoteAddress: request.ip,
    remotePort: request.socket?.remotePort,
  };
}

export function serverOptions(input: ServerOptionsInput): FastifyServerOptions {
  const trustProxy = input.accounts ? (input.accounts.trustProxy ?? false) : getConfig().trustProxy;
  return {
    logger: {
      level: input.logLevel ?? 'silent',
      serializers: { req: serializeRequest },
      ...(input.logStream ? { stream: input.logStream } : {}),
    },
    trustProxy: toFastifyTrustProxy(trustProxy),
  };
}

/**
 * Fastify takes the list of proxies as it is, but trusts nobody for a bare
 * hop count (a client that reaches the server directly could then claim any
 * address). A count is honoured here as Express does, as a promise from the
 * operator that nothing reaches Barometer except through that many proxies
 * (HOST=127.0.0.1 behind a proxy on the same machine, say).
 */
function toFastifyTrustProxy(trustProxy: TrustProxy): FastifyServerOptions['trustProxy'] {
  if (typeof trustProxy === 'number') return (_address: string, hop: number) => hop < trustProxy;
  return trustProxy === false ? false : [...trustProxy];
}
