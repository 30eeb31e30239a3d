// A Barometer app over a fresh database with the demo data, for HTTP tests.
import type { FastifyInstance } from 'fastify';
import type { Engine } from '../../src/db/dialect.js';
import { buildApp } from '../../src/http/app.js';
import { loadDemoData } from '../../src/services/demo/load-demo-data.js';
import { readDemoFile } from '../../src/services/demo/read-demo-file.js';
import { createTestDatabase } from './databases.js';
import type { TestDatabase } from './databases.js';
import { commandLineActor } from '../../src/domain/permissions.js';

export interface DemoApp {
  app: FastifyInstance;
  database: TestDatabase;
  close(): Promise<void>;
}

export async function startDemoApp(engine: Engine): Promise<DemoApp> {
  const database = await createTestDatabase(engine);
  await loadDemoData(database.db, await readDemoFile(), {}, { actor: commandLineActor('test'), now: new Date('2026-11-22T10:00:00Z') });
  const app = await buildApp({ db: database.db });
  return {
    app,
    database,
    async close() {
      await app.close();
      await database.drop();
    },
  };
}
