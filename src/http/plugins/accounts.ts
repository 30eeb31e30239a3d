// People and rights in the app: the security headers for every response, the
// admin look, and the signed-in scope's own plugins (sessions and CSRF
// protection). buildApp (src/http/app.ts) installs them and then, inside the
// signed-in scope, the sign-in routes and the admin area.
//
// Sessions and CSRF live in that scope, not on the root, because the public
// site, the open-data API and the embeds are the same for everyone: a
// session lookup on each of their requests would cost throughput (measured
// in bench/public) and could tempt a public page to vary by person, which
// its shared cache must never do.
import type { FastifyInstance } from 'fastify';
import { getConfig } from '../../config/env.js';
import type { Mailer } from '../../mail/mailer.js';
import { ADMIN_IDLE_MS } from '../../services/accounts/sessions.js';
import { registerAdminAssets } from '../routes/admin/assets.js';
import { accountsOptionsFromConfig, mailerOrLog } from './accounts-options.js';
import type { AccountsOptions } from './accounts-options.js';
import { registerCsrfProtection } from './csrf.js';
import { registerSecurityHeaders } from './security-headers.js';
import { registerSessions } from './sessions.js';

export type { AccountsOptions };

/** The accounts options with what buildApp needs settled: the clock and the mailer. */
export interface SettledAccounts extends AccountsOptions {
  readonly now: () => Date;
  readonly mailer: Mailer;
}

/** Without options, they come from the environment (src/config/env.ts). */
export function settleAccounts(app: FastifyInstance, given?: AccountsOptions): SettledAccounts {
  const options = given ?? accountsOptionsFromConfig(getConfig());
  return { ...options, now: options.now ?? (() => new Date()), mailer: mailerOrLog(options, app.log) };
}

/** On the root: headers for every response and the admin's stylesheets and scripts. */
export async function registerSiteWidePlugins(app: FastifyInstance, options: SettledAccounts): Promise<void> {
  await registerSecurityHeaders(app, { servedOverTls: options.baseUrl.startsWith('https:'), embedFrameAncestors: options.embedFrameAncestors });
  await registerAdminAssets(app);
}

/** In the signed-in scope: who is signed in, and CSRF protection for every change. */
export async function registerSignedInPlugins(signedIn: FastifyInstance, options: SettledAccounts): Promise<void> {
  const adminIdleMs = options.adminIdleMinutes === undefined ? ADMIN_IDLE_MS : options.adminIdleMinutes * 60 * 1000;
  await registerSessions(signedIn, { cookieSecure: options.cookieSecure, now: options.now, adminIdleMs });
  await registerCsrfProtection(signedIn, { cookieSecure: options.cookieSecure, siteUrl: options.baseUrl });
}
