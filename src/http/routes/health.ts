// Health for load balancers and orchestrators, never cached:
// - /healthz (liveness): the process answers requests; it does not touch the
//   database, so a database outage does not get healthy instances restarted.
// - /readyz (readiness): the database answers and its migrations are current;
//   503 with the reason otherwise, so traffic goes elsewhere until it is.
import type { FastifyInstance } from 'fastify';
import { checkReadiness } from '../../services/health.js';

export async function registerHealthRoutes(app: FastifyInstance): Promise<void> {
  app.get('/healthz', async (_request, reply) => reply.header('cache-control', 'no-store').send({ status: 'ok' }));
  app.get('/readyz', async (_request, reply) => {
    const readiness = await checkReadiness(app.db);
    reply.header('cache-control', 'no-store');
    if (readiness.ready) return reply.send({ status: 'ready' });
    return reply.status(503).send({ status: 'not_ready', ...readiness, ready: undefined });
  });
}
