// Maps errors to HTTP in one place: service errors keep their stable id and
// their status (status-of.ts), with the English message; anything else is
// logged and answered with a plain 500.
import type { FastifyInstance } from 'fastify';
import { ServiceError } from '../services/errors.js';
import { statusOf } from './status-of.js';

export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error, request, reply) => {
    if (error instanceof ServiceError) {
      return reply.status(statusOf(error)).send({ error: error.id, message: error.message });
    }
    const status = (error as { statusCode?: number }).statusCode;
    if (status === 503) {
      // Busy or unavailable for a moment (the PDF printer's queue is full): say so, and when to try again.
      return reply
        .status(503)
        .header('retry-after', '5')
        .send({ error: 'unavailable', message: (error as Error).message });
    }
    if (status && status >= 400 && status < 500) {
      return reply.status(status).send({ error: 'invalid', message: (error as Error).message });
    }
    request.log.error(error);
    return reply.status(500).send({ error: 'internal', message: 'Internal error' });
  });
  app.setNotFoundHandler((request, reply) => {
    reply.status(404).type('text/plain; charset=utf-8').send(`Not found: ${request.url}`);
  });
}
