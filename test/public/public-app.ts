// The public site alone (pages, open-data API, embeds) over a fresh database
// with the demo data, for the public tests: the same plugins buildApp
// registers, without the sign-in and admin parts, which have tests of their own.
import Fastify from 'fastify';
import type { FastifyInstance } from 'fastify';
import type { Engine } from '../../src/db/dialect.js';
import { registerErrorHandler } from '../../src/http/error-handler.js';
import { registerOpenDataApi } from '../../src/http/routes/api/index.js';
import { registerEmbeds } from '../../src/http/routes/embed/index.js';
import { registerPublicSite } from '../../src/http/routes/public/index.js';
import { loadDemoData } from '../../src/services/demo/load-demo-data.js';
import { readDemoFile } from '../../src/services/demo/read-demo-file.js';
import { createTestDatabase } from '../support/databases.js';
import type { TestDatabase } from '../support/databases.js';
import { commandLineActor } from '../../src/domain/permissions.js';

export interface PublicApp {
  readonly app: FastifyInstance;
  readonly database: TestDatabase;
  close(): Promise<void>;
}

export const CURRENT = 'inklusionspolitik-2011-2014';
export const ARCHIVED = 'integrationspolitik-2007-2010';
export const DEMO_TIME = new Date('2026-11-22T10:00:00Z');

export async function buildPublicApp(database: TestDatabase): Promise<FastifyInstance> {
  const app = Fastify({ logger: false });
  app.decorate('db', database.db);
  registerErrorHandler(app);
  await app.register(registerPublicSite);
  await app.register(registerOpenDataApi);
  await app.register(registerEmbeds);
  return app;
}

export async function startPublicApp(engine: Engine, options: { demo?: boolean } = {}): Promise<PublicApp> {
  const database = await createTestDatabase(engine);
  if (options.demo !== false) await loadDemoData(database.db, await readDemoFile(), {}, { actor: commandLineActor('test'), now: DEMO_TIME });
  const app = await buildPublicApp(database);
  return {
    app,
    database,
    async close() {
      await app.close();
      await database.drop();
    },
  };
}

/** GET a path and return the body, failing loudly on anything but 200. */
export async function fetchPage(app: FastifyInstance, url: string): Promise<string> {
  const response = await app.inject({ method: 'GET', url });
  if (response.statusCode !== 200) throw new Error(`GET ${url} answered ${response.statusCode}: ${response.body.slice(0, 200)}`);
  return response.body;
}

/** The visible text of an HTML fragment, roughly: tags removed, entities for &, <, > and quotes decoded. */
export function textOf(html: string): string {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}
