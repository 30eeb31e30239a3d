// Form posts (application/x-www-form-urlencoded) for the parts of the app that
// have forms. Registered inside their own scopes, and skipped where a parent
// scope already reads forms, since a parser may be added only once.
import formbody from '@fastify/formbody';
import type { FastifyInstance } from 'fastify';

export async function registerFormBody(app: FastifyInstance): Promise<void> {
  if (!app.hasContentTypeParser('application/x-www-form-urlencoded')) await app.register(formbody);
}
