// The Fastify application: its routes and the one error handler. It receives
// an open database; starting and stopping the server is the CLI's job.
import Fastify from 'fastify';
import type { FastifyInstance } from 'fastify';
import type { Db } from '../services/database.js';
import { registerErrorHandler } from './error-handler.js';
import { serverOptions } from './logger-options.js';
import type { LogStream } from './logger-options.js';
import { registerSignedInPlugins, registerSiteWidePlugins, settleAccounts } from './plugins/accounts.js';
import { registerAdminArea } from './routes/admin/index.js';
import { registerAuthRoutes } from './routes/auth/index.js';
import type { AccountsOptions } from './plugins/accounts.js';
import { installRouteCatalogue } from './plugins/route-catalogue.js';
import { registerHealthRoutes } from './routes/health.js';
import { registerPublicSite } from './routes/public/index.js';
import { registerOpenDataApi } from './routes/api/index.js';
import { registerEmbeds } from './routes/embed/index.js';
import { registerProjectBankRoutes } from './routes/projects/index.js';

export interface AppOptions {
  db: Db;
  logLevel?: string;
  /** Log lines go here instead of standard output. */
  logStream?: LogStream;
  /** Sign-in, mail and security settings; from the environment when left out. */
  accounts?: AccountsOptions;
}

declare module 'fastify' {
  interface FastifyInstance {
    db: Db;
  }
}

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify(serverOptions(options));
  app.decorate('db', options.db);
  installRouteCatalogue(app);
  registerErrorHandler(app);
  const accounts = settleAccounts(app, options.accounts);
  await registerSiteWidePlugins(app, accounts);
  // The signed-in scope: sessions and CSRF here only, so public pages stay the same for everyone.
  await app.register(async (signedIn) => {
    await registerSignedInPlugins(signedIn, accounts);
    const { now, mailer, baseUrl, cookieSecure } = accounts;
    await registerAuthRoutes(signedIn, { now, cookieSecure, baseUrl, mailer, sso: accounts.singleSignOn, hashingCost: accounts.hashingCost });
    await registerAdminArea(signedIn, { now, mailer, baseUrl });
  });
  await app.register(registerHealthRoutes);
  await app.register(registerPublicSite);
  await app.register(registerOpenDataApi);
  await app.register(registerEmbeds);
  await app.register(registerProjectBankRoutes);
  return app;
}
