// The action-plan screens under /admin/plans.
import type { FastifyInstance } from 'fastify';
import { registerPlanEditRoutes } from './plan-edit-routes.js';
import { registerPlanReadRoutes } from './plan-read-routes.js';

export function registerPlanRoutes(app: FastifyInstance, options: { now: () => Date }): void {
  registerPlanReadRoutes(app);
  registerPlanEditRoutes(app, options.now);
}
