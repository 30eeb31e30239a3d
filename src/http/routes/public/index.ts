// The public site: every page a citizen reads without logging in.
import type { FastifyInstance } from 'fastify';
import { registerFrontPageRoutes } from './front-page.js';

export async function registerPublicSite(app: FastifyInstance): Promise<void> {
  await app.register(registerFrontPageRoutes);
}
