// GET /admin/supplier: the supplier view (getSupplierView) for the signed-in
// data supplier's own administration, or, for the secretariat, for the
// administration chosen with `?administration=CODE`.
import type { FastifyInstance } from 'fastify';
import { listIndicatorsForPolicy } from '../../../../db/repositories/indicators.js';
import { listAdministrations } from '../../../../db/repositories/organisation.js';
import { findCurrentPolicy } from '../../../../db/repositories/policies.js';
import { canSupplyFigures, isSecretariat } from '../../../../domain/permissions.js';
import { releaseText } from '../../../../i18n/admin-releases.js';
import { Forbidden, NotFound } from '../../../../services/errors.js';
import { getSupplierView } from '../../../../services/imports/supplier-view.js';
import { SupplierPage } from '../../../../views/admin/releases/supplier-page.js';
import { sendAdminPage } from '../render-page.js';
import { queryOf } from './release-access.js';

export function registerSupplierRoute(app: FastifyInstance): void {
  app.get('/supplier', { config: { allow: canSupplyFigures } }, async (request, reply) => {
    const user = request.user!;
    const lang = user.language;
    const query = queryOf(request);
    const [administrations, policy] = await Promise.all([listAdministrations(app.db), findCurrentPolicy(app.db)]);
    if (!policy) throw new NotFound('There is no current policy.');
    let administration;
    let choices = null;
    if (isSecretariat(user)) {
      const owners = new Set((await listIndicatorsForPolicy(app.db, policy.id)).map((i) => i.data_owner_id));
      const owning = administrations.filter((a) => owners.has(a.id));
      choices = owning.map((a) => ({ code: a.code, name: lang === 'en' ? (a.name_en ?? a.name_da) : a.name_da }));
      administration = owning.find((a) => a.code === query.administration) ?? owning[0] ?? administrations[0];
    } else {
      administration = administrations.find((a) => a.id === user.administrationId);
    }
    if (!administration) throw new Forbidden('No administration to show.');
    const view = await getSupplierView(app.db, { administrationId: administration.id, policyCode: policy.code });
    const count = query.imported !== undefined && /^\d{1,9}$/.test(query.imported) ? Number(query.imported) : null;
    const notice = count !== null ? releaseText(lang, 'release.imported', { n: count }) : query.figure !== undefined ? releaseText(lang, 'release.figureSaved') : null;
    return sendAdminPage(request, reply, {
      title: releaseText(lang, 'supplier.title'),
      current: 'supplier',
      body: () => <SupplierPage lang={lang} view={view} notice={notice} choices={choices} />,
    });
  });
}
