// Importing a project list (CSV or XLSX) from an uploaded file: a dry run
// that shows every problem as row, column and reason and changes nothing,
// and the import itself, all or nothing. The file comes through the one
// upload reader (src/http/uploads), under this form's limit.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { canManageProjectBank } from '../../../../domain/permissions.js';
import { checkProjectImport, importProjects } from '../../../../services/projects/import/import-projects.js';
import { ImportPage } from '../../../../views/admin/projects/import-page.js';
import type { ImportOutcome } from '../../../../views/admin/projects/import-page.js';
import { formText } from '../read-form.js';
import { sendAdminPage } from '../render-page.js';
import { changeContextOf, signedInUser } from '../../../signed-in.js';
import { uploadedFile } from '../../../uploads/uploaded-files.js';
import { t } from '../../../../i18n/index.js';

const MAX_FILE_MB = 10;

export function registerImportRoutes(app: FastifyInstance, now: () => Date): void {
  const config = { allow: canManageProjectBank };
  const send = (request: FastifyRequest, reply: FastifyReply, outcome: ImportOutcome, status = 200) =>
    sendAdminPage(request, reply, {
      title: t(signedInUser(request).language, 'import.title'),
      current: 'projects',
      status,
      body: (csrfToken, lang) => <ImportPage lang={lang} csrfToken={csrfToken} outcome={outcome} />,
    });

  app.get('/projects/import', { config }, async (request, reply) => send(request, reply, { kind: 'none' }));

  app.post('/projects/import', { config: { ...config, upload: { files: { file: MAX_FILE_MB * 1024 * 1024 } } } }, async (request, reply) => {
    const file = uploadedFile(request, 'file');
    if (file?.tooLarge) return send(request, reply, { kind: 'tooLarge', maxMb: MAX_FILE_MB }, 413);
    if (!file || file.bytes.length === 0) return send(request, reply, { kind: 'missingFile' }, 400);
    if (formText(request, 'mode') !== 'commit') {
      const checked = await checkProjectImport(app.db, file);
      return checked.ok
        ? send(request, reply, { kind: 'ready', projects: checked.projects })
        : send(request, reply, { kind: 'problems', problems: checked.problems }, 400);
    }
    const outcome = await importProjects(app.db, file, changeContextOf(request, now));
    return outcome.ok
      ? send(request, reply, { kind: 'imported', count: outcome.projectIds.length })
      : send(request, reply, { kind: 'problems', problems: outcome.problems }, 400);
  });
}
