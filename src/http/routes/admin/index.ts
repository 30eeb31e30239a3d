// The admin area under /admin: its own scope with form parsing (uploads
// included: src/http/uploads), errors as pages, and the guard that every
// route must pass (see guard.ts).
import type { FastifyInstance } from 'fastify';
import type { Mailer } from '../../../mail/mailer.js';
import { registerFormBody } from '../../plugins/form-body.js';
import { setHtmlErrorHandler } from '../../plugins/html-errors.js';
import { registerUploads } from '../../uploads/register-uploads.js';
import { registerAuditRoutes } from './audit.js';
import { registerDashboardRoute } from './dashboard.js';
import { administrationEditor } from './editors/administrations.js';
import { areaEditor } from './editors/areas.js';
import { committeeEditor } from './editors/committees.js';
import { registerEditorRoutes } from './editors/editor-routes.js';
import { focusAreaEditor } from './editors/focus-areas.js';
import { goalEditor } from './editors/goals.js';
import { groupEditor } from './editors/groups.js';
import { indicatorEditor } from './editors/indicators.js';
import { policyEditor } from './editors/policies.js';
import { registerCycleRoutes } from './cycle/index.js';
import { installAdminGuard } from './guard.js';
import { registerPlanRoutes } from './plans/index.js';
import { registerConsultationRoutes } from './consultation/index.js';
import { registerLetterRoutes } from './letters/index.js';
import { registerProjectBankRoutes } from './projects/index.js';
import { registerReleaseArea } from './releases/index.js';
import { registerSettingsRoutes } from './settings.js';
import { registerUserRoutes } from './users.js';

export interface AdminAreaOptions {
  readonly now: () => Date;
  readonly mailer: Mailer;
  readonly baseUrl: string;
}

export async function registerAdminArea(app: FastifyInstance, options: AdminAreaOptions): Promise<void> {
  await app.register(
    async (admin) => {
      await registerFormBody(admin);
      await registerUploads(admin);
      setHtmlErrorHandler(admin);
      installAdminGuard(admin);
      await registerDashboardRoute(admin, options);
      await registerAuditRoutes(admin);
      await registerSettingsRoutes(admin, options);
      await registerUserRoutes(admin, options);
      registerEditorRoutes(admin, policyEditor, options.now);
      registerEditorRoutes(admin, focusAreaEditor, options.now);
      registerEditorRoutes(admin, goalEditor, options.now);
      registerEditorRoutes(admin, indicatorEditor, options.now);
      registerEditorRoutes(admin, committeeEditor, options.now);
      registerEditorRoutes(admin, administrationEditor, options.now);
      registerEditorRoutes(admin, groupEditor, options.now);
      registerEditorRoutes(admin, areaEditor, options.now);
      registerPlanRoutes(admin, options);
      await registerCycleRoutes(admin, options);
      await registerProjectBankRoutes(admin, options);
      registerConsultationRoutes(admin, options);
      await registerLetterRoutes(admin, options);
      await registerReleaseArea(admin, options);
    },
    { prefix: '/admin' },
  );
}
