// GET /admin/releases/:id/template: Barometer's template pre-filled with the
// rows expected for the coming release, as CSV (default) or XLSX, for one
// indicator (`?indicator=`), one data owner (`?administration=`) or every
// indicator. A data supplier always gets its own administration's
// indicators; asking for another's is refused.
import type { FastifyInstance } from 'fastify';
import { listAdministrations } from '../../../../db/repositories/organisation.js';
import { listPolicies } from '../../../../db/repositories/policies.js';
import { canDeliverFigures, canSupplyFigures, isSecretariat } from '../../../../domain/permissions.js';
import { Forbidden } from '../../../../services/errors.js';
import { buildFigureTemplate } from '../../../../services/imports/figure-template.js';
import { templateToCsv, templateToXlsx } from '../../../../services/imports/template-files.js';
import { queryOf, releaseOf, scopeOf } from './release-access.js';

/** A file name safe in a header, whatever the codes hold. */
const attachment = (name: string) => `attachment; filename="${name.replace(/[^\w.-]/g, '_')}"`;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function registerTemplateRoute(app: FastifyInstance): void {
  app.get('/releases/:id/template', { config: { allow: canSupplyFigures } }, async (request, reply) => {
    const release = await releaseOf(app, request);
    const query = queryOf(request);
    const user = request.user!;
    const policy = (await listPolicies(app.db)).find((p) => p.id === release.policy_id)!;
    let administrationCode = query.administration || undefined;
    if (!isSecretariat(user)) {
      const own = (await listAdministrations(app.db)).find((a) => a.id === user.administrationId);
      if (!own || (administrationCode !== undefined && administrationCode !== own.code)) throw new Forbidden('Templates of another administration.');
      administrationCode = own.code;
    }
    const indicatorCodes = query.indicator ? [query.indicator] : undefined;
    if (indicatorCodes) {
      const scope = await scopeOf(app, request, release);
      const indicator = scope.indicators.find((i) => i.code === query.indicator);
      if (!indicator || !canDeliverFigures(user, { dataOwnerId: indicator.data_owner_id })) throw new Forbidden('Template of an indicator the person does not deliver.');
    }
    const rows = await buildFigureTemplate(app.db, { policyCode: policy.code, administrationCode, indicatorCodes });
    const lang = user.language;
    const name = `skabelon-${query.indicator ?? administrationCode ?? policy.code}`;
    reply.header('cache-control', 'no-store');
    if (query.format === 'xlsx') {
      return reply.type(XLSX).header('content-disposition', attachment(`${name}.xlsx`)).send(await templateToXlsx(rows, lang));
    }
    return reply.type('text/csv; charset=utf-8').header('content-disposition', attachment(`${name}.csv`)).send(templateToCsv(rows, lang));
  });
}
