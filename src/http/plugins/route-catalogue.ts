// Remembers every route as it is added, with its config, so tests can walk
// all of them (an admin route without a guard cannot hide from the walk).
// Installed on the root instance first, before any route exists.
import type { FastifyInstance } from 'fastify';

export interface CataloguedRoute {
  readonly method: string;
  readonly url: string;
  readonly config: Readonly<Record<string, unknown>>;
}

declare module 'fastify' {
  interface FastifyInstance {
    routeCatalogue: readonly CataloguedRoute[];
  }
}

export function installRouteCatalogue(app: FastifyInstance): void {
  const routes: CataloguedRoute[] = [];
  app.decorate('routeCatalogue', routes);
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) {
      routes.push({ method, url: route.url ?? route.path, config: (route.config ?? {}) as Record<string, unknown> });
    }
  });
}
