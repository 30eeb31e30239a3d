// The admin guard refuses to start an app with an admin route that does not
// say who may use it.
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { canEditModel } from '../../src/domain/permissions.js';
import { UnguardedRouteError, installAdminGuard } from '../../src/http/routes/admin/guard.js';

describe('the admin guard', () => {
  it('stops an admin route without a permission predicate from being added', async () => {
    const app = Fastify();
    await expect(
      app.register(async (admin) => {
        installAdminGuard(admin);
        admin.get('/forgotten', async () => 'open to all');
      }),
    ).rejects.toThrow(UnguardedRouteError);
    await app.close();
  });

  it('accepts a route that names its predicate', async () => {
    const app = Fastify();
    await app.register(async (admin) => {
      installAdminGuard(admin);
      admin.get('/guarded', { config: { allow: canEditModel } }, async () => 'ok');
    });
    await app.ready();
    // Nobody is signed in here, so the guard sends the visitor to sign in.
    const response = await app.inject({ method: 'GET', url: '/guarded' });
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe('/login?next=%2Fguarded');
    await app.close();
  });
});
