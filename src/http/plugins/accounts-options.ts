// What the sign-in and admin parts of the app need from outside: where the
// site is reached, whether cookies are Secure, how e-mail leaves, single
// sign-on, and (for tests) the clock and the cost of hashing. Built from the
// configuration by default; tests pass their own.
import type { FastifyBaseLogger } from 'fastify';
import type { Config, TrustProxy } from '../../config/env.js';
import { ConfigError } from '../../config/env.js';
import { createOidcClient } from '../../auth/oidc-client.js';
import type { HashingCost } from '../../auth/passwords.js';
import { RoleMapError, parseRoleMap } from '../../auth/role-claims.js';
import { createLogMailer, createSmtpMailer } from '../../mail/mailer.js';
import type { Mailer } from '../../mail/mailer.js';
import type { SingleSignOn } from '../../services/accounts/single-sign-on.js';

export interface AccountsOptions {
  /** Where users reach Barometer, without a trailing slash. */
  readonly baseUrl: string;
  readonly cookieSecure: boolean;
  /** Null: e-mails go to the server log. */
  readonly mailer: Mailer | null;
  readonly singleSignOn: (SingleSignOn & { readonly label: string }) | null;
  /** CSP frame-ancestors for pages under /embed/. */
  readonly embedFrameAncestors: readonly string[];
  readonly hashingCost?: HashingCost;
  readonly now?: () => Date;
  /** Whose X-Forwarded-For to believe (TRUST_PROXY); off when left out. */
  readonly trustProxy?: TrustProxy;
  /** Idle minutes after which an administrator's session ends (ADMIN_IDLE_MINUTES); 30 when left out. */
  readonly adminIdleMinutes?: number;
}

/** The callback path registered at the identity provider. */
export const OIDC_CALLBACK_PATH = '/auth/oidc/callback';

export function accountsOptionsFromConfig(config: Config): AccountsOptions {
  let singleSignOn: AccountsOptions['singleSignOn'] = null;
  if (config.oidc) {
    let roleMap;
    try {
      roleMap = parseRoleMap(config.oidc.roleMap);
    } catch (error) {
      if (error instanceof RoleMapError) throw new ConfigError(`Invalid setting ${error.message}`);
      throw error;
    }
    singleSignOn = {
      client: createOidcClient({
        issuer: config.oidc.issuer,
        clientId: config.oidc.clientId,
        clientSecret: config.oidc.clientSecret,
        redirectUri: `${config.baseUrl}${OIDC_CALLBACK_PATH}`,
      }),
      roleClaim: config.oidc.roleClaim,
      roleMap,
      label: config.oidc.label,
      emailAlwaysVerified: config.oidc.emailAlwaysVerified,
    };
  }
  return {
    baseUrl: config.baseUrl,
    cookieSecure: config.cookieSecure === 'true' || (config.cookieSecure === 'auto' && config.baseUrl.startsWith('https:')),
    mailer: config.smtpUrl ? createSmtpMailer(config.smtpUrl, config.mailFrom) : null,
    singleSignOn,
    embedFrameAncestors: config.embedFrameAncestors.split(/\s+/).filter(Boolean),
    trustProxy: config.trustProxy,
    adminIdleMinutes: config.adminIdleMinutes,
  };
}

export function mailerOrLog(options: AccountsOptions, log: FastifyBaseLogger): Mailer {
  return options.mailer ?? createLogMailer((entry, note) => log.warn({ mail: entry }, note));
}
