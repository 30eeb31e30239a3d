// GET /admin: the start page every role has, its desk read with the
// signed-in person's rights on today's date.
import type { FastifyInstance } from 'fastify';
import { canEnterAdmin } from '../../../domain/permissions.js';
import { toIsoDate } from '../../../services/change-context.js';
import { getDesk } from '../../../services/desk/desk.js';
import { DeskPage } from '../../../views/admin/desk/desk-page.js';
import { sendAdminPage } from './render-page.js';
import { signedInUser } from '../../signed-in.js';
import { t } from '../../../i18n/index.js';

export async function registerDashboardRoute(app: FastifyInstance, options: { now: () => Date }): Promise<void> {
  app.get('/', { config: { allow: canEnterAdmin } }, async (request, reply) => {
    const user = signedInUser(request);
    const today = toIsoDate(options.now());
    const allPolicies = (request.query as { policies?: string }).policies === 'all';
    const desk = await getDesk(app.db, user, { today, lang: user.language, allPolicies });
    return sendAdminPage(request, reply, {
      title: t(user.language, 'dashboard.title'),
      current: 'dashboard',
      body: (_csrf, lang) => <DeskPage lang={lang} name={user.name || user.email} role={user.role} today={today} desk={desk} />,
    });
  });
}
