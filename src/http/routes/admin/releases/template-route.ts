// GET /admin/releases/:id/template: Barometer's template pre-filled with the
// rows expected for the coming release, as CSV (default) or XLSX, for one
// indicator (`?indicator=`), one data owner (`?administration=`) or every
// indicator. A data supplier always gets its own administration's
// indicators; asking for another's is refused.
import type { FastifyInstance } from 'fastify';
import { canSupplyFigures } from '../../../../domain/permissions.js';
import { templateToCsv, templateToXlsx } from '../../../../services/releases/template-files.js';
import { buildReleaseTemplate } from '../../../../services/releases/templates.js';
import { idParam } from '../route-params.js';
import { signedInUser } from '../../../signed-in.js';
import { queryOf } from './release-access.js';

/** A file name safe in a header, whatever the codes hold. */
const attachment = (name: string) => `attachment; filename="${name.replace(/[^\w.-]/g, '_')}"`;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function registerTemplateRoute(app: FastifyInstance): void {
  app.get('/releases/:id/template', { config: { allow: canSupplyFigures } }, async (request, reply) => {
    const query = queryOf(request);
    const user = signedInUser(request);
    // The service refuses another administration's template (Forbidden), for the web and the command line alike.
    const { rows, name } = await buildReleaseTemplate(app.db, user, idParam(request.params), {
      indicatorCode: query.indicator,
      administrationCode: query.administration,
    });
    const lang = user.language;
    reply.header('cache-control', 'no-store');
    if (query.format === 'xlsx') {
      return reply
        .type(XLSX)
        .header('content-disposition', attachment(`${name}.xlsx`))
        .send(await templateToXlsx(rows, lang));
    }
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', attachment(`${name}.csv`))
      .send(templateToCsv(rows, lang));
  });
}
