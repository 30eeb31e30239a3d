// The one reader of process.env. Parsed once with zod and frozen; everything
// else receives a Config. Invalid settings end the program with one line.
import { isIP } from 'node:net';
import { z } from 'zod';

const DEFAULT_DATABASE_URL = 'sqlite:./data/barometer.sqlite';

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z.string().min(1).default(DEFAULT_DATABASE_URL),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  // Accounts, e-mail and single sign-on. All optional: without them there are
  // local accounts only, and e-mails are written to the log instead of sent.
  // (SITE_URL, not BASE_URL: Vite and so vitest set BASE_URL=/ for themselves.)
  SITE_URL: unlessEmpty(z.url({ protocol: /^https?$/ })),
  COOKIE_SECURE: z.enum(['auto', 'true', 'false']).default('auto'),
  SMTP_URL: unlessEmpty(z.string().regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://')),
  MAIL_FROM: z.string().min(3).default('Barometer <barometer@localhost>'),
  OIDC_ISSUER: unlessEmpty(z.url({ protocol: /^https?$/ })),
  OIDC_CLIENT_ID: unlessEmpty(z.string()),
  OIDC_CLIENT_SECRET: unlessEmpty(z.string()),
  OIDC_ROLE_CLAIM: z.string().min(1).default('roles'),
  OIDC_ROLE_MAP: z.string().default(''),
  OIDC_LABEL: z.string().min(1).default('Single sign-on'),
  OIDC_EMAIL_ALWAYS_VERIFIED: z.enum(['true', 'false']).default('false'),
  // Which proxies in front may say who the client is (X-Forwarded-For): off,
  // the proxies' addresses (CIDR ranges, or proxy-addr's names loopback,
  // linklocal, uniquelocal), or a number of hops when nothing can reach
  // Barometer but through them.
  TRUST_PROXY: z.string().default('false').transform(parseTrustProxy),
  ADMIN_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(5)
    .max(24 * 60)
    .default(30),
  EMBED_FRAME_ANCESTORS: z.string().min(1).default('*'),
  CHROMIUM_PATH: unlessEmpty(z.string()),
});

export type TrustProxy = false | number | readonly string[];

const NAMED_RANGES = new Set(['loopback', 'linklocal', 'uniquelocal']);

function parseTrustProxy(value: string, context: z.RefinementCtx): TrustProxy {
  const text = value.trim();
  if (text === '' || text === 'false') return false;
  if (/^\d+$/.test(text)) return Number(text);
  const addresses = text.split(/[\s,]+/).filter(Boolean);
  const bad = addresses.find((a) => !NAMED_RANGES.has(a) && isIP(a.replace(/\/\d{1,3}$/, '')) === 0);
  if (bad !== undefined) {
    context.addIssue({ code: 'custom', message: `"${bad}" is neither a hop count nor an IP address or range (true is not allowed: name the proxy)` });
    return z.NEVER;
  }
  return Object.freeze(addresses);
}

/** An optional setting where an empty value means "not set". */
function unlessEmpty<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => (value === '' ? undefined : value), schema.optional());
}

export interface OidcConfig {
  readonly issuer: string;
  readonly clientId: string;
  readonly clientSecret: string | null;
  /** The claim that carries the user's groups or app roles. */
  readonly roleClaim: string;
  /** `claim-value=role[:code];…`, read by src/auth/role-claims.ts. */
  readonly roleMap: string;
  /** The text on the sign-in button. */
  readonly label: string;
  /** The provider verifies every address it sends but says so in no claim: link accounts by address anyway. */
  readonly emailAlwaysVerified: boolean;
}

export interface Config {
  readonly port: number;
  readonly host: string;
  readonly databaseUrl: string;
  readonly logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  /** Where users reach Barometer; links in e-mails and the sign-on callback use it. */
  readonly baseUrl: string;
  /** `auto`: Secure cookies when SITE_URL is https. */
  readonly cookieSecure: 'auto' | 'true' | 'false';
  readonly smtpUrl: string | null;
  readonly mailFrom: string;
  readonly oidc: OidcConfig | null;
  /** CSP frame-ancestors for the embeddable pages (under /embed/), space-separated. */
  readonly embedFrameAncestors: string;
  /** The Chromium that prints letters to PDF, tried before the usual places. */
  readonly chromiumPath: string | null;
  /** Fastify's trustProxy: whose X-Forwarded-For to believe when telling clients apart. */
  readonly trustProxy: TrustProxy;
  /** An administrator's session ends after this many idle minutes (others after two hours). */
  readonly adminIdleMinutes: number;
}

export class ConfigError extends Error {}

/** Parses the given environment (process.env by default) into a frozen Config. */
export function parseConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ConfigError(`Invalid setting ${issue.path.join('.')}: ${issue.message}`);
  }
  const e = parsed.data;
  if (e.OIDC_ISSUER && !e.OIDC_CLIENT_ID) throw new ConfigError('Invalid setting OIDC_CLIENT_ID: required when OIDC_ISSUER is set');
  const oidc: OidcConfig | null = e.OIDC_ISSUER
    ? Object.freeze({
        issuer: e.OIDC_ISSUER,
        clientId: e.OIDC_CLIENT_ID!,
        clientSecret: e.OIDC_CLIENT_SECRET ?? null,
        roleClaim: e.OIDC_ROLE_CLAIM,
        roleMap: e.OIDC_ROLE_MAP,
        label: e.OIDC_LABEL,
        emailAlwaysVerified: e.OIDC_EMAIL_ALWAYS_VERIFIED === 'true',
      })
    : null;
  return Object.freeze({
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    logLevel: e.LOG_LEVEL,
    baseUrl: (e.SITE_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, ''),
    cookieSecure: e.COOKIE_SECURE,
    smtpUrl: e.SMTP_URL ?? null,
    mailFrom: e.MAIL_FROM,
    oidc,
    embedFrameAncestors: e.EMBED_FRAME_ANCESTORS,
    chromiumPath: e.CHROMIUM_PATH ?? null,
    trustProxy: e.TRUST_PROXY,
    adminIdleMinutes: e.ADMIN_IDLE_MINUTES,
  });
}

let cached: Config | undefined;

/** The process's configuration, read from process.env on first use. */
export function getConfig(): Config {
  cached ??= parseConfig();
  return cached;
}
