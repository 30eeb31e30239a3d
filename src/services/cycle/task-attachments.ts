// Files attached to a task's answer, kept in the database. The assignee adds
// and removes them while the task is open (not submitted or approved);
// anyone who may read the task downloads them. Who may is asked first, of
// the change context's actor, inside the transaction (task-access).
import type { Kysely } from 'kysely';
import { recordAudit } from '../../db/repositories/audit.js';
import { deleteAttachment, findAttachment, insertAttachment } from '../../db/repositories/cycle-submissions.js';
import type { Database } from '../../db/tables.js';
import { isDelivered } from '../../domain/cycle/task-state.js';
import type { Actor } from '../../domain/permissions.js';
import { inTransaction } from '../change-context.js';
import type { ChangeContext } from '../change-context.js';
import { Conflict, Invalid, NotFound } from '../errors.js';
import { requireTask } from './task-access.js';

/** The largest file accepted, in bytes (the upload route's limit too). */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

export interface AttachmentUpload {
  readonly fileName: string;
  readonly contentType: string;
  readonly content: Buffer;
  /** The upload was cut off at the size limit on its way in. */
  readonly truncated?: boolean;
}

/** A stored file as the task page names it. */
export interface AttachmentSummary {
  readonly id: number;
  readonly taskId: number;
  readonly fileName: string;
  readonly contentType: string;
  readonly sizeBytes: number;
}

/** A stored file with its bytes, for its download. */
export interface AttachmentFile extends AttachmentSummary {
  readonly content: Buffer;
}

function toAttachmentSummary(row: { id: number; task_id: number; file_name: string; content_type: string; size_bytes: number }): AttachmentSummary {
  return { id: row.id, taskId: row.task_id, fileName: row.file_name, contentType: row.content_type, sizeBytes: row.size_bytes };
}

/** A name safe to show and to send back in a download header. */
function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const cleaned = base
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f"]/g, '')
    .trim()
    .slice(0, 200);
  return cleaned === '' ? 'bilag' : cleaned;
}

/** Adds a file to the task's answer; `upload` is undefined when the form came without one. */
export async function addAttachment(
  db: Kysely<Database>,
  taskId: number,
  upload: AttachmentUpload | undefined,
  ctx: ChangeContext,
): Promise<AttachmentSummary> {
  return inTransaction(db, async (trx) => {
    const task = await requireTask(trx, taskId, ctx.actor, 'answer');
    if (!upload) throw new Invalid('error.attachment.choose');
    if (upload.content.length === 0) throw new Invalid('error.attachment.empty');
    if (upload.truncated || upload.content.length > MAX_ATTACHMENT_BYTES) throw new Invalid('error.attachment.tooLarge');
    if (isDelivered(task.state)) throw new Conflict('error.attachment.taskSubmitted');
    const at = ctx.now.toISOString();
    const row = await insertAttachment(trx, {
      task_id: taskId,
      file_name: cleanFileName(upload.fileName),
      content_type: /^[\w.+-]+\/[\w.+-]+$/.test(upload.contentType) ? upload.contentType : 'application/octet-stream',
      size_bytes: upload.content.length,
      content: upload.content,
      uploaded_at: at,
      uploaded_by: ctx.actor.label,
    });
    await recordAudit(trx, { at, actor: ctx.actor.label, action: 'attach', entity: 'cycle_task', entityId: taskId, after: row });
    return toAttachmentSummary(row);
  });
}

/** Removes a file; `confirmed` is the person's explicit yes, asked for after their right to do it. */
export async function removeAttachment(
  db: Kysely<Database>,
  attachmentId: number,
  options: { confirmed: boolean },
  ctx: ChangeContext,
): Promise<{ readonly taskId: number }> {
  return inTransaction(db, async (trx) => {
    const attachment = await findAttachment(trx, attachmentId);
    if (!attachment) throw new NotFound('error.attachment.noSuchId', { id: attachmentId });
    const task = await requireTask(trx, attachment.task_id, ctx.actor, 'answer');
    if (!options.confirmed) throw new Invalid('error.confirmRemoval');
    if (isDelivered(task.state)) throw new Conflict('error.attachment.filesStay');
    await deleteAttachment(trx, attachmentId);
    const { content: _content, ...described } = attachment;
    await recordAudit(trx, { at: ctx.now.toISOString(), actor: ctx.actor.label, action: 'detach', entity: 'cycle_task', entityId: task.id, before: described });
    return { taskId: task.id };
  });
}

/** The file with its bytes, for someone who may read its task. */
export async function readAttachment(db: Kysely<Database>, attachmentId: number, actor: Actor): Promise<AttachmentFile> {
  const attachment = await findAttachment(db, attachmentId);
  if (!attachment) throw new NotFound('error.attachment.noSuchId', { id: attachmentId });
  await requireTask(db, attachment.task_id, actor, 'read');
  return { ...toAttachmentSummary(attachment), content: attachment.content };
}
