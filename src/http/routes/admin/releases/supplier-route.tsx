// GET /admin/supplier: the supplier view (getSupplierView) for the signed-in
// data supplier's own administration, or, for the secretariat, for the
// administration chosen with `?administration=CODE`.
import type { FastifyInstance } from 'fastify';
import { canSupplyFigures } from '../../../../domain/permissions.js';
import { getSupplierPage } from '../../../../services/releases/supplier-view.js';
import { SupplierPage } from '../../../../views/admin/releases/supplier-page.js';
import { sendAdminPage } from '../render-page.js';
import { signedInUser } from '../../../signed-in.js';
import { queryOf } from './release-access.js';
import { t } from '../../../../i18n/index.js';

export function registerSupplierRoute(app: FastifyInstance): void {
  app.get('/supplier', { config: { allow: canSupplyFigures } }, async (request, reply) => {
    const user = signedInUser(request);
    const lang = user.language;
    const query = queryOf(request);
    const { view, choices } = await getSupplierPage(app.db, user, { administrationCode: query.administration, lang });
    const count = query.imported !== undefined && /^\d{1,9}$/.test(query.imported) ? Number(query.imported) : null;
    const notice = count !== null ? t(lang, 'release.imported', { n: count }) : query.figure !== undefined ? t(lang, 'release.figureSaved') : null;
    return sendAdminPage(request, reply, {
      title: t(lang, 'supplier.title'),
      current: 'supplier',
      body: () => <SupplierPage lang={lang} view={view} notice={notice} choices={choices} />,
    });
  });
}
