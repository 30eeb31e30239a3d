// Importing a file through the browser: upload → dry-run preview (new,
// changed and unchanged figures, every problem as row, column, code and
// message) → confirm → commit, all or nothing, into a draft release.
//
// Between the preview and the commit the file has to be somewhere. It is
// not kept on the server at all: the preview page carries the bytes back in
// hidden fields of its confirm form (base64, in a multipart post), and the
// commit checks the file again from scratch in its own transaction. So no
// upload is ever written to disk, nothing needs cleaning up, and it works
// the same with several server instances behind one database, since no
// instance has to remember anything between the two requests. The commit
// also refuses (changing nothing) when its counts differ from the preview's,
// so what is committed is what the person confirmed. A person could alter
// the carried bytes, but gains nothing: they could upload that file anyway,
// and it gets exactly the checks (and the indicator scope) of an upload.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { canSupplyFigures } from '../../../../domain/permissions.js';
import { IMPORT_FORMATS } from '../../../../importers/source-figure.js';
import type { ImportFormat } from '../../../../importers/source-figure.js';
import type { ImportCounts, ImportReport } from '../../../../services/imports/import-report.js';
import { commitUpload, previewUpload } from '../../../../services/imports/import-upload.js';
import type { UploadedFile } from '../../../../services/imports/import-upload.js';
import type { Release } from '../../../../services/releases/release-model.js';
import { valueOf } from '../../../../views/admin/forms/form-values.js';
import type { FormValues } from '../../../../views/admin/forms/form-values.js';
import { Notice } from '../../../../views/admin/forms/notice.js';
import type { FieldErrors } from '../../../../views/admin/forms/shown-form.js';
import { ImportPreviewPage, UploadPage } from '../../../../views/admin/releases/import-pages.js';
import { formValues } from '../read-form.js';
import { sendAdminPage } from '../render-page.js';
import { changeContextOf, signedInUser } from '../../../signed-in.js';
import { backHref, backLink, releaseOf, scopeOf } from './release-access.js';
import type { ReleaseRoutesOptions } from './release-access.js';
import { base64Bytes } from '../../../uploads/upload-limits.js';
import { uploadedFile } from '../../../uploads/uploaded-files.js';
import { t } from '../../../../i18n/index.js';

const formatOf = (body: FormValues): ImportFormat | undefined => {
  const format = valueOf(body, 'format');
  return (IMPORT_FORMATS as readonly string[]).includes(format) ? (format as ImportFormat) : undefined;
};

const MAX_UPLOAD_MB = 10;
const MAX_FILE_BYTES = MAX_UPLOAD_MB * 1024 * 1024;
/** The upload form's files; the confirm form carries them back as base64, each under its own cap. */
const UPLOAD = { files: { file: MAX_FILE_BYTES, mapping: MAX_FILE_BYTES, meta: MAX_FILE_BYTES } };
const CONFIRM = {
  files: {},
  largeFields: { carried_file: base64Bytes(MAX_FILE_BYTES), carried_mapping: base64Bytes(MAX_FILE_BYTES), carried_meta: base64Bytes(MAX_FILE_BYTES) },
};

const countsSchema = z.object({ figures: z.number(), new: z.number(), changed: z.number(), unchanged: z.number(), skipped: z.number() });

interface Uploads {
  readonly file: UploadedFile;
  readonly mapping?: UploadedFile;
  readonly meta?: UploadedFile;
}

function carry({ file, mapping, meta }: Uploads, body: FormValues, report: ImportReport): Record<string, string> {
  return {
    carried_file_name: file.name,
    carried_file: file.bytes.toString('base64'),
    ...(mapping ? { carried_mapping_name: mapping.name, carried_mapping: mapping.bytes.toString('base64') } : {}),
    ...(meta ? { carried_meta_name: meta.name, carried_meta: meta.bytes.toString('base64') } : {}),
    format: formatOf(body) ?? '',
    note: valueOf(body, 'note'),
    previewed: JSON.stringify(report.counts),
  };
}

function carried(body: FormValues, prefix: 'carried_file' | 'carried_mapping' | 'carried_meta'): UploadedFile | undefined {
  const data = valueOf(body, prefix);
  const name = valueOf(body, `${prefix}_name`);
  if (data === '' || name === '' || !/^[A-Za-z0-9+/]*={0,2}$/.test(data)) return undefined;
  return { name, bytes: Buffer.from(data, 'base64') };
}

export function registerImportRoutes(app: FastifyInstance, options: ReleaseRoutesOptions): void {
  const config = { allow: canSupplyFigures };

  async function sendUpload(request: FastifyRequest, reply: FastifyReply, release: Release, values: FormValues, errors: FieldErrors, status = 200) {
    const lang = signedInUser(request).language;
    const title = t(lang, 'figures.import.title');
    return sendAdminPage(request, reply, {
      title,
      current: 'releases',
      status,
      body: (csrfToken) =>
        release.state === 'draft' ? (
          <UploadPage
            lang={lang}
            releaseId={release.id}
            releaseTitle={release.title.da}
            csrfToken={csrfToken}
            values={values}
            errors={errors}
            back={backLink(request, release.id)}
          />
        ) : (
          <>
            <h1>{title}</h1>
            <Notice kind="info">{t(lang, 'release.notDraft')}</Notice>
          </>
        ),
    });
  }

  function sendPreview(
    request: FastifyRequest,
    reply: FastifyReply,
    release: Release,
    report: ImportReport,
    carriedFields: Record<string, string>,
    outdated: boolean,
  ) {
    const lang = signedInUser(request).language;
    return sendAdminPage(request, reply, {
      title: t(lang, 'import.previewTitle', { file: report.source.name }),
      current: 'releases',
      status: report.problemCount > 0 ? 400 : outdated ? 409 : 200,
      body: (csrfToken) => (
        <ImportPreviewPage
          lang={lang}
          releaseId={release.id}
          releaseTitle={release.title.da}
          report={report}
          csrfToken={csrfToken}
          carried={{ hidden: carriedFields }}
          outdated={outdated}
          back={backLink(request, release.id)}
        />
      ),
    });
  }

  app.get('/releases/:id/import', { config }, async (request, reply) => sendUpload(request, reply, await releaseOf(app, request), {}, {}));

  app.post('/releases/:id/import', { config: { ...config, upload: UPLOAD } }, async (request, reply) => {
    const release = await releaseOf(app, request);
    const lang = signedInUser(request).language;
    const body = formValues(request);
    const values = { format: valueOf(body, 'format'), note: valueOf(body, 'note') };
    if (release.state !== 'draft') return sendUpload(request, reply, release, values, {}, 409);
    const file = uploadedFile(request, 'file');
    const mapping = uploadedFile(request, 'mapping');
    const meta = uploadedFile(request, 'meta');
    const errors: Record<string, string> = {};
    if (!file) errors.file = t(lang, 'error.file.required');
    else if (file.tooLarge) errors.file = t(lang, 'error.file.tooLarge', { max: MAX_UPLOAD_MB });
    if (mapping?.tooLarge) errors.mapping = t(lang, 'error.file.tooLarge', { max: MAX_UPLOAD_MB });
    if (meta?.tooLarge) errors.meta = t(lang, 'error.file.tooLarge', { max: MAX_UPLOAD_MB });
    const tooLarge = [file, mapping, meta].some((f) => f?.tooLarge);
    if (!file || Object.keys(errors).length > 0) return sendUpload(request, reply, release, values, errors, tooLarge ? 413 : 400);
    const scope = await scopeOf(app, request, release);
    const upload = { releaseId: release.id, format: formatOf(body), mapping, meta, scope, note: values.note.trim() || undefined };
    const report = await previewUpload(app.db, file, upload, changeContextOf(request, options.now));
    return sendPreview(request, reply, release, report, carry({ file, mapping, meta }, body, report), false);
  });

  app.post('/releases/:id/import/commit', { config: { ...config, upload: CONFIRM } }, async (request, reply) => {
    const release = await releaseOf(app, request);
    const lang = signedInUser(request).language;
    const body = formValues(request);
    const values = { format: valueOf(body, 'format'), note: valueOf(body, 'note') };
    if (release.state !== 'draft') return sendUpload(request, reply, release, values, {}, 409);
    const file = carried(body, 'carried_file');
    if (!file) return sendUpload(request, reply, release, values, { file: t(lang, 'error.file.carried') }, 400);
    const mapping = carried(body, 'carried_mapping');
    const meta = carried(body, 'carried_meta');
    let previewed: ImportCounts | undefined;
    try {
      previewed = countsSchema.parse(JSON.parse(valueOf(body, 'previewed')));
    } catch {
      previewed = undefined;
    }
    const scope = await scopeOf(app, request, release);
    const upload = { releaseId: release.id, format: formatOf(body), mapping, meta, scope, note: values.note.trim() || undefined, previewed };
    const result = await commitUpload(app.db, file, upload, changeContextOf(request, options.now));
    if (result.outcome !== 'committed')
      return sendPreview(request, reply, release, result.report, carry({ file, mapping, meta }, body, result.report), result.outcome === 'outdated');
    const staged = result.report.counts.new + result.report.counts.changed;
    return reply.redirect(`${backHref(request, release.id)}?imported=${staged}`, 303);
  });
}
