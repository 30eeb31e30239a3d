// People and rights in the app, installed on the root instance before any
// route: security headers for every response, the admin look, and one scope
// holding sessions, CSRF protection, the sign-in routes and the admin area.
// buildApp calls this once.
//
// Sessions and CSRF live in that scope, not on the root, because the public
// site, the open-data API and the embeds are the same for everyone: a
// session lookup on each of their requests would cost throughput (measured
// in bench/public) and could tempt a public page to vary by person, which
// its shared cache must never do.
import type { FastifyInstance } from 'fastify';
import { getConfig } from '../../config/env.js';
import { registerAdminAssets } from '../routes/admin/assets.js';
import { registerAdminArea } from '../routes/admin/index.js';
import { registerAuthRoutes } from '../routes/auth/index.js';
import { accountsOptionsFromConfig, mailerOrLog } from './accounts-options.js';
import type { AccountsOptions } from './accounts-options.js';
import { registerCsrfProtection } from './csrf.js';
import { registerSecurityHeaders } from './security-headers.js';
import { ADMIN_IDLE_MS } from '../../services/accounts/sessions.js';
import { registerSessions } from './sessions.js';

export type { AccountsOptions };

/** Without options, they come from the environment (src/config/env.ts). */
export async function registerAccounts(app: FastifyInstance, given?: AccountsOptions): Promise<void> {
  const options = given ?? accountsOptionsFromConfig(getConfig());
  const now = options.now ?? (() => new Date());
  const mailer = mailerOrLog(options, app.log);
  await registerSecurityHeaders(app, { servedOverTls: options.baseUrl.startsWith('https:'), embedFrameAncestors: options.embedFrameAncestors });
  await registerAdminAssets(app);
  await app.register(async (signedIn) => {
    const adminIdleMs = options.adminIdleMinutes === undefined ? ADMIN_IDLE_MS : options.adminIdleMinutes * 60 * 1000;
    await registerSessions(signedIn, { cookieSecure: options.cookieSecure, now, adminIdleMs });
    await registerCsrfProtection(signedIn, { cookieSecure: options.cookieSecure, siteUrl: options.baseUrl });
    await registerAuthRoutes(signedIn, { now, cookieSecure: options.cookieSecure, baseUrl: options.baseUrl, mailer, sso: options.singleSignOn, hashingCost: options.hashingCost });
    await registerAdminArea(signedIn, { now, mailer, baseUrl: options.baseUrl });
  });
}
