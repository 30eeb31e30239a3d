// The project-bank screens under /admin: the list, projects, their follow-up,
// the monitoring board, imports, a project owner's projects and a committee
// member's page.
import type { FastifyInstance } from 'fastify';
import { registerFollowUpRoutes } from './follow-up-routes.js';
import { registerImportRoutes } from './import-routes.js';
import { registerOverviewRoutes } from './overview-routes.js';
import { registerProjectRoutes } from './project-routes.js';

export async function registerProjectBankRoutes(app: FastifyInstance, options: { now: () => Date }): Promise<void> {
  registerProjectRoutes(app, options.now);
  registerFollowUpRoutes(app, options.now);
  registerOverviewRoutes(app, options.now);
  registerImportRoutes(app, options.now);
}
