// GET /admin/audit and /admin/audit/:id: the audit log for administrators.
// Only GET routes: the log is never edited.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { canBrowseAudit } from '../../../domain/permissions.js';
import { browseAudit, getAuditEntry } from '../../../services/admin/audit-browsing.js';
import { AuditEntryPage, AuditListPage } from '../../../views/admin/audit-pages.js';
import { sendAdminPage } from './render-page.js';
import { idParam } from './route-params.js';
import { signedInUser } from '../../signed-in.js';
import { t } from '../../../i18n/index.js';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
// A filter value that makes no sense is ignored rather than refused: this is a search form.
const text = z.string().trim().max(200).catch('');
const day = z.string().trim().regex(DAY).catch('');
const filterQuery = z.object({
  entity: text.default(''),
  action: text.default(''),
  actor: text.default(''),
  from: day.default(''),
  to: day.default(''),
  page: z.coerce.number().int().min(1).catch(1).default(1),
});

export async function registerAuditRoutes(app: FastifyInstance): Promise<void> {
  const config = { allow: canBrowseAudit };

  app.get('/audit', { config }, async (request, reply) => {
    const { page, ...filter } = filterQuery.parse(request.query ?? {});
    const result = await browseAudit(
      app.db,
      { entity: filter.entity, action: filter.action, actor: filter.actor, fromDay: filter.from, toDay: filter.to },
      page,
    );
    const query = new URLSearchParams(Object.entries(filter).filter(([, v]) => v !== '')).toString();
    return sendAdminPage(request, reply, {
      title: t(signedInUser(request).language, 'audit.title'),
      current: 'audit',
      body: (_csrf, lang) => <AuditListPage lang={lang} filter={filter} query={query} {...result} />,
    });
  });

  app.get('/audit/:id', { config }, async (request, reply) => {
    const id = idParam(request.params);
    const { entry, changes } = await getAuditEntry(app.db, id);
    return sendAdminPage(request, reply, {
      title: t(signedInUser(request).language, 'audit.entry', { id }),
      current: 'audit',
      body: (_csrf, lang) => <AuditEntryPage lang={lang} entry={entry} changes={changes} />,
    });
  });
}
