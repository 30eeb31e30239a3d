// Liveness for load balancers: answers when the database answers.
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';

export async function registerHealthRoutes(app: FastifyInstance): Promise<void> {
  app.get('/healthz', async (_request, reply) => {
    await sql`select 1`.execute(app.db);
    return reply.send({ status: 'ok' });
  });
}
