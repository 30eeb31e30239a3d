// The door of the admin area. Every route under /admin must say who may use
// it (`config: { allow: canSomething }`, a predicate of domain/permissions.ts);
// a route without one stops the app from starting. Nobody signed in is sent
// to the sign-in page; someone whose role does not allow it gets 403.
import type { FastifyInstance } from 'fastify';
import type { Actor } from '../../../domain/permissions.js';
import { Forbidden } from '../../../services/errors.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Who may use an admin route. */
    allow?: (actor: Actor) => boolean;
  }
}

export class UnguardedRouteError extends Error {}

export function installAdminGuard(app: FastifyInstance): void {
  app.addHook('onRoute', (route) => {
    if (typeof route.config?.allow !== 'function') {
      throw new UnguardedRouteError(`The admin route ${String(route.method)} ${route.url} does not say who may use it (config.allow).`);
    }
  });
  app.addHook('onRequest', async (request, reply) => {
    if (!request.user) return reply.redirect(`/login?next=${encodeURIComponent(request.url)}`, 303);
    const allow = request.routeOptions.config.allow;
    if (!allow?.(request.user)) throw new Forbidden('error.roleNotAllowed');
  });
}
