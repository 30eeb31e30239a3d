// The admin pages' look: the Danish design system (DKFDS) from node_modules,
// served from this site (no outside hosts), and the few rules of our own.
// Only DKFDS's stylesheets, fonts and images are reachable, not its scripts:
// the admin area works without JavaScript.
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { ADMIN_CSS } from '../../../views/admin/admin-css.js';

const DKFDS_PREFIX = '/assets/admin/dkfds/';

function dkfdsDist(): string {
  // The package exports only its script; its folder is found from there.
  return dirname(dirname(createRequire(import.meta.url).resolve('dkfds')));
}

export async function registerAdminAssets(app: FastifyInstance): Promise<void> {
  await app.register(async (assets) => {
    await assets.register(fastifyStatic, {
      root: dkfdsDist(),
      prefix: DKFDS_PREFIX,
      decorateReply: false,
      index: false,
      list: false,
      maxAge: '1d',
      allowedPath: (path) => /^\/(css|fonts|img)\//.test(path),
    });
  });
  app.get('/assets/admin/admin.css', async (_request, reply) =>
    reply.type('text/css; charset=utf-8').header('cache-control', 'public, max-age=3600').send(ADMIN_CSS),
  );
}
