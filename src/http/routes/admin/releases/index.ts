// The releases' part of the admin area: releases (list, new draft, page,
// missing figures, preview, publish), figures in (upload with dry run and
// commit, one figure at a time, pre-filled templates) and the supplier view.
import type { FastifyInstance } from 'fastify';
import { registerFigureRoutes } from './figure-routes.js';
import { registerImportRoutes } from './import-routes.js';
import { registerMissingRoutes } from './missing-routes.js';
import { registerPreviewRoute } from './preview-route.js';
import { registerPublishRoutes } from './publish-routes.js';
import type { ReleaseRoutesOptions } from './release-access.js';
import { registerReleaseRoutes } from './release-routes.js';
import { registerSupplierRoute } from './supplier-route.js';
import { registerTemplateRoute } from './template-route.js';

export async function registerReleaseArea(admin: FastifyInstance, options: ReleaseRoutesOptions): Promise<void> {
  await admin.register(async (scope) => {
    registerReleaseRoutes(scope, options);
    registerMissingRoutes(scope, options);
    registerPublishRoutes(scope, options);
    registerPreviewRoute(scope, options);
    registerImportRoutes(scope, options);
    registerFigureRoutes(scope, options);
    registerTemplateRoute(scope);
    registerSupplierRoute(scope);
  });
}
