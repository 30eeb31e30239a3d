// The letters in the admin area: drafts (the secretariat), their templates
// and the sender's logo (administrators).
import type { FastifyInstance } from 'fastify';
import { registerDraftRoutes } from './draft-routes.js';
import { registerSenderDetailRoutes } from './sender-details-routes.js';
import { registerSenderRoutes } from './sender-routes.js';
import { registerTemplateRoutes } from './template-routes.js';

export async function registerLetterRoutes(app: FastifyInstance, options: { now: () => Date; baseUrl?: string }): Promise<void> {
  // The fixed addresses go first, so `templates` and `sender` are never read as a draft's id.
  registerTemplateRoutes(app, options);
  await registerSenderRoutes(app, options);
  registerSenderDetailRoutes(app, options);
  registerDraftRoutes(app, options);
}
