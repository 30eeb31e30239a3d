// Importing a project list (CSV or XLSX) from an uploaded file: a dry run
// that shows every problem as row, column and reason and changes nothing,
// and the import itself, all or nothing. File uploads are read only here:
// @fastify/multipart is registered in this scope alone, with the fields on
// the body so the CSRF check finds the form's token like any other form's.
import multipart from '@fastify/multipart';
import type { MultipartFile } from '@fastify/multipart';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { canManageProjectBank } from '../../../../domain/permissions.js';
import { checkProjectImport, importProjects } from '../../../../services/projects/import/import-projects.js';
import { ImportPage } from '../../../../views/admin/projects/import-page.js';
import type { ImportOutcome } from '../../../../views/admin/projects/import-page.js';
import { formText } from '../read-form.js';
import { sendAdminPage } from '../render-page.js';
import { changeContextOf, signedInUser } from '../../../signed-in.js';
import { t } from '../../../../i18n/index.js';

const MAX_FILE_BYTES = 10 * 1024 * 1024;

interface UploadedFile {
  readonly name: string;
  readonly bytes: Buffer;
}

/** The file of each import request, kept beside it rather than on its body. */
const uploads = new WeakMap<FastifyRequest, UploadedFile>();

export async function registerImportRoutes(app: FastifyInstance, now: () => Date): Promise<void> {
  await app.register(async (scope) => {
    await scope.register(multipart, {
      attachFieldsToBody: 'keyValues',
      limits: { files: 1, fileSize: MAX_FILE_BYTES, fields: 10 },
      async onFile(this: FastifyRequest, part: MultipartFile) {
        uploads.set(this, { name: part.filename, bytes: await part.toBuffer() });
      },
    });
    const config = { allow: canManageProjectBank };
    const send = (request: FastifyRequest, reply: FastifyReply, outcome: ImportOutcome, status = 200) =>
      sendAdminPage(request, reply, {
        title: t(signedInUser(request).language, 'import.title'),
        current: 'projects',
        status,
        body: (csrfToken, lang) => <ImportPage lang={lang} csrfToken={csrfToken} outcome={outcome} />,
      });

    scope.get('/projects/import', { config }, async (request, reply) => send(request, reply, { kind: 'none' }));

    scope.post('/projects/import', { config }, async (request, reply) => {
      const file = uploads.get(request);
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
  });
}
