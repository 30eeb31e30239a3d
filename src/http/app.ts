// The Fastify application: its routes and the one error handler. It receives
// an open database; starting and stopping the server is the CLI's job.
import Fastify from 'fastify';
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../db/tables.js';
import { registerErrorHandler } from './error-handler.js';
import { registerAssetRoutes } from './routes/assets.js';
import { registerHealthRoutes } from './routes/health.js';
import { registerPublicSite } from './routes/public/index.js';

export interface AppOptions {
  db: Kysely<Database>;
  logLevel?: string;
}

declare module 'fastify' {
  interface FastifyInstance {
    db: Kysely<Database>;
  }
}

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({ logger: { level: options.logLevel ?? 'silent' } });
  app.decorate('db', options.db);
  registerErrorHandler(app);
  await app.register(registerHealthRoutes);
  await app.register(registerAssetRoutes);
  await app.register(registerPublicSite);
  return app;
}
