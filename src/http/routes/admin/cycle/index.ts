// The annual cycle's screens under /admin/cycle, in their own scope.
import type { FastifyInstance } from 'fastify';
import { registerCycleEditRoutes } from './cycle-edit-routes.js';
import { registerCycleReadRoutes } from './cycle-read-routes.js';
import { registerTaskRoutes } from './task-routes.js';

export async function registerCycleRoutes(app: FastifyInstance, options: { now: () => Date }): Promise<void> {
  await app.register(async (scope) => {
    registerCycleReadRoutes(scope, options.now);
    registerCycleEditRoutes(scope, options.now);
    // The action-plan task links to the plan's own page when the plan screens are there.
    const planHref = scope.hasRoute({ method: 'GET', url: '/admin/plans/:id' }) ? (id: number) => `/admin/plans/${id}` : null;
    registerTaskRoutes(scope, { now: options.now, planHref });
  });
}
