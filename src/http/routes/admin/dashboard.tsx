// GET /admin: the start page every role has.
import type { FastifyInstance } from 'fastify';
import { canEnterAdmin } from '../../../domain/permissions.js';
import { getDashboard } from '../../../services/admin/dashboard.js';
import { DashboardPage } from '../../../views/admin/dashboard-page.js';
import { sendAdminPage } from './render-page.js';
import { signedInUser } from '../../signed-in.js';
import { t } from '../../../i18n/index.js';

export async function registerDashboardRoute(app: FastifyInstance): Promise<void> {
  app.get('/', { config: { allow: canEnterAdmin } }, async (request, reply) => {
    const user = signedInUser(request);
    const dashboard = await getDashboard(app.db, user, { allPolicies: (request.query as { policies?: string }).policies === 'all' });
    return sendAdminPage(request, reply, {
      title: t(user.language, 'dashboard.title'),
      current: 'dashboard',
      body: (_csrf, lang) => <DashboardPage lang={lang} name={user.name || user.email} role={user.role} dashboard={dashboard} />,
    });
  });
}
