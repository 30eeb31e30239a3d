// The stylesheet, read once at start and served with a long cache life.
import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';

const STYLESHEET = new URL('../../../public/barometer.css', import.meta.url);

export async function registerAssetRoutes(app: FastifyInstance): Promise<void> {
  const css = readFileSync(STYLESHEET);
  app.get('/assets/barometer.css', async (_request, reply) =>
    reply.type('text/css; charset=utf-8').header('cache-control', 'public, max-age=3600').send(css),
  );
}
