// A task's page and what people do on it: answer (save a draft or submit),
// attach and remove files, comment; the secretariat approves, returns or
// moves the deadline. The services check who may do what on this task; a
// refused form comes back on the task page with the reason and what was typed.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { canManageCycle, canViewCycle } from '../../../../domain/permissions.js';
import { setTaskDeadline } from '../../../../services/cycle/cycle-editing.js';
import { addTaskComment, answerTask, approveTask, returnTask } from '../../../../services/cycle/task-answering.js';
import { addAttachment, MAX_ATTACHMENT_BYTES, readAttachment, removeAttachment } from '../../../../services/cycle/task-attachments.js';
import { getTaskView } from '../../../../services/cycle/task-view.js';
import { Conflict, Invalid } from '../../../../services/errors.js';
import { TaskPage, taskTitle } from '../../../../views/admin/cycle/task-page.js';
import { sendAdminPage } from '../render-page.js';
import { idParam } from '../route-params.js';
import { changeContextOf, signedInUser } from '../../../signed-in.js';
import { formNumber, formOf, queryText, todayOf } from './cycle-route-support.js';
import { uploadedFile } from '../../../uploads/uploaded-files.js';
import { t } from '../../../../i18n/index.js';
import type { MessageKey } from '../../../../i18n/index.js';
import { statusOf } from '../../../status-of.js';

/** What the person is asked to fix when a change of this kind is refused as invalid. */
const INVALID: Record<string, MessageKey> = {
  submitted: 'error.emptyAnswer',
  returned: 'error.returnReason',
  deadline: 'cycle.error.date',
  commented: 'error.comment',
  uploaded: 'error.file',
};

const DONE: Record<string, MessageKey> = {
  draft: 'task.draftSaved',
  submitted: 'task.submitted',
  approved: 'task.approved',
  returned: 'task.returned',
  uploaded: 'task.uploaded',
  removed: 'task.removed',
  commented: 'task.commented',
  deadline: 'task.deadlineSaved',
};

export function registerTaskRoutes(app: FastifyInstance, options: { now: () => Date; planHref: ((planId: number) => string) | null }): void {
  const { now } = options;

  async function sendTaskPage(
    request: FastifyRequest,
    reply: FastifyReply,
    taskId: number,
    extra: { status?: number; problem?: MessageKey; typed?: Record<string, string> } = {},
  ) {
    const user = signedInUser(request);
    const lang = user.language;
    const task = await getTaskView(app.db, taskId, user, todayOf(now));
    const done = DONE[queryText(request, 'done')];
    const notice = extra.problem
      ? { kind: 'error' as const, text: t(lang, extra.problem, { size: MAX_ATTACHMENT_BYTES / 1024 / 1024 }) }
      : done
        ? { kind: 'success' as const, text: t(lang, done) }
        : null;
    return sendAdminPage(request, reply, {
      title: taskTitle(lang, task),
      current: 'cycle',
      status: extra.status ?? 200,
      body: (csrfToken) => (
        <TaskPage
          lang={lang}
          task={task}
          csrfToken={csrfToken}
          notice={notice}
          typed={extra.typed}
          planHref={options.planHref}
          maxUploadMb={MAX_ATTACHMENT_BYTES / 1024 / 1024}
        />
      ),
    });
  }

  /** Runs a change; a refusal (invalid, conflict) re-shows the task page with the reason and what was typed. */
  async function change(
    request: FastifyRequest,
    reply: FastifyReply,
    taskId: number,
    done: string,
    work: () => Promise<unknown>,
    typed?: Record<string, string>,
    /** The status for a refused upload the request itself explains (413: cut off at the size limit). */
    uploadStatus?: number,
  ) {
    try {
      await work();
    } catch (error) {
      if (!(error instanceof Invalid) && !(error instanceof Conflict)) throw error;
      // The refusal in the reader's words: a change made meanwhile or a move the state does not allow, or what the form lacks.
      const problem = error instanceof Conflict ? 'error.conflict' : (INVALID[done] ?? 'cycle.error.required');
      return sendTaskPage(request, reply, taskId, {
        status: error instanceof Invalid && uploadStatus !== undefined ? uploadStatus : statusOf(error),
        problem,
        typed,
      });
    }
    return reply.redirect(`/admin/cycle/tasks/${taskId}?done=${done}`, 303);
  }

  const viewers = { allow: canViewCycle };

  app.get('/cycle/tasks/:id', { config: viewers }, (request, reply) => sendTaskPage(request, reply, idParam(request.params)));

  app.post('/cycle/tasks/:id/answer', { config: viewers }, async (request, reply) => {
    const taskId = idParam(request.params);
    const form = formOf(request);
    const fields = Object.fromEntries(
      Object.entries(form)
        .filter(([k]) => k.startsWith('field.'))
        .map(([k, v]) => [k.slice('field.'.length), v]),
    );
    const version = formNumber(form, 'version');
    const action = form.action === 'draft' || form.action === 'submit' ? form.action : null;
    const answer = () => answerTask(app.db, { taskId, version, fields, action }, changeContextOf(request, now));
    return change(request, reply, taskId, action === 'draft' ? 'draft' : 'submitted', answer, fields);
  });

  app.post('/cycle/tasks/:id/review', { config: { allow: canManageCycle } }, async (request, reply) => {
    const taskId = idParam(request.params);
    const form = formOf(request);
    const version = formNumber(form, 'version');
    const ctx = changeContextOf(request, now);
    if (form.action === 'approve') return change(request, reply, taskId, 'approved', () => approveTask(app.db, { taskId, version }, ctx));
    if (form.action === 'return')
      return change(request, reply, taskId, 'returned', () => returnTask(app.db, { taskId, version, comment: form.comment ?? '' }, ctx), form);
    throw new Invalid('error.task.chooseApproveOrReturn');
  });

  app.post('/cycle/tasks/:id/deadline', { config: { allow: canManageCycle } }, async (request, reply) => {
    const taskId = idParam(request.params);
    const form = formOf(request);
    const version = formNumber(form, 'version');
    if (version === undefined) throw new Invalid('error.formVersionMissing');
    return change(request, reply, taskId, 'deadline', () => setTaskDeadline(app.db, taskId, version, form.deadline ?? '', changeContextOf(request, now)), form);
  });

  app.post('/cycle/tasks/:id/comments', { config: viewers }, async (request, reply) => {
    const taskId = idParam(request.params);
    const form = formOf(request);
    return change(request, reply, taskId, 'commented', () => addTaskComment(app.db, { taskId, body: form.body ?? '' }, changeContextOf(request, now)), form);
  });

  app.post('/cycle/tasks/:id/attachments', { config: { ...viewers, upload: { files: { file: MAX_ATTACHMENT_BYTES } } } }, async (request, reply) => {
    const taskId = idParam(request.params);
    const file = uploadedFile(request, 'file');
    const upload = file && { fileName: file.name, contentType: file.contentType, content: file.bytes, truncated: file.tooLarge };
    // A file cut off at the size limit is refused as too large (413), any other refused file as a bad form.
    return change(
      request,
      reply,
      taskId,
      'uploaded',
      () => addAttachment(app.db, taskId, upload, changeContextOf(request, now)),
      undefined,
      file?.tooLarge ? 413 : undefined,
    );
  });

  app.get('/cycle/attachments/:id', { config: viewers }, async (request, reply) => {
    const attachment = await readAttachment(app.db, idParam(request.params), signedInUser(request));
    const ascii = attachment.fileName.replace(/[^A-Za-z0-9._-]/g, '_');
    return (
      reply
        .type(downloadTypeOf(attachment.contentType))
        // Whatever the file is, it is never run as a page or script of this site.
        .header('content-security-policy', "sandbox; default-src 'none'")
        .header('content-disposition', `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(attachment.fileName)}`)
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'no-store')
        .send(attachment.content)
    );
  });

  app.post('/cycle/attachments/:id/delete', { config: viewers }, async (request, reply) => {
    const { taskId } = await removeAttachment(app.db, idParam(request.params), { confirmed: formOf(request).confirm === 'yes' }, changeContextOf(request, now));
    return reply.redirect(`/admin/cycle/tasks/${taskId}?done=removed`, 303);
  });
}

/**
 * Files are served as the uploader declared them only for document and image
 * types; anything else (HTML, SVG, scripts, stylesheets) goes out as plain
 * bytes, so a file on this site can never serve as a script or page of it.
 */
const DOWNLOADABLE_AS_DECLARED =
  /^(application\/(pdf|msword|vnd\.openxmlformats-officedocument\.[\w.-]+|vnd\.ms-excel|vnd\.oasis\.opendocument\.[\w.-]+)|image\/(png|jpeg|gif|webp)|text\/(plain|csv))$/;

function downloadTypeOf(declared: string): string {
  return DOWNLOADABLE_AS_DECLARED.test(declared) ? declared : 'application/octet-stream';
}
