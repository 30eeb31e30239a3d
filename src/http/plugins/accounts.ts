// People and rights in the app, installed on the root instance before any
// route: security headers, sessions, CSRF protection, the admin look, the
// sign-in routes and the admin area. buildApp calls this once.
import type { FastifyInstance } from 'fastify';
import { getConfig } from '../../config/env.js';
import { registerAdminAssets } from '../routes/admin/assets.js';
import { registerAdminArea } from '../routes/admin/index.js';
import { registerAuthRoutes } from '../routes/auth/index.js';
import { accountsOptionsFromConfig, mailerOrLog } from './accounts-options.js';
import type { AccountsOptions } from './accounts-options.js';
import { registerCsrfProtection } from './csrf.js';
import { registerSecurityHeaders } from './security-headers.js';
import { registerSessions } from './sessions.js';

export type { AccountsOptions };

/** Without options, they come from the environment (src/config/env.ts). */
export async function registerAccounts(app: FastifyInstance, given?: AccountsOptions): Promise<void> {
  const options = given ?? accountsOptionsFromConfig(getConfig());
  const now = options.now ?? (() => new Date());
  const mailer = mailerOrLog(options, app.log);
  await registerSecurityHeaders(app, { servedOverTls: options.baseUrl.startsWith('https:'), embedFrameAncestors: options.embedFrameAncestors });
  await registerSessions(app, { cookieSecure: options.cookieSecure, now });
  await registerCsrfProtection(app, { cookieSecure: options.cookieSecure });
  await registerAdminAssets(app);
  await registerAuthRoutes(app, { now, cookieSecure: options.cookieSecure, baseUrl: options.baseUrl, mailer, sso: options.singleSignOn, hashingCost: options.hashingCost });
  await registerAdminArea(app, { now, mailer, baseUrl: options.baseUrl });
}
