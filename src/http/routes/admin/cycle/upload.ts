// File uploads for the cycle's task pages, with @fastify/multipart registered
// only in the cycle's scope. The whole form is read before the handler (so
// the CSRF check finds `_csrf` among the fields); the file is kept in memory
// up to the size limit and flagged when it was cut off there.
import multipart from '@fastify/multipart';
import type { MultipartFile } from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { MAX_ATTACHMENT_BYTES } from '../../../../services/cycle/task-attachments.js';

export interface ReceivedUpload {
  readonly fileName: string;
  readonly contentType: string;
  readonly content: Buffer;
  readonly truncated: boolean;
}

const uploads = new WeakMap<FastifyRequest, ReceivedUpload>();

export function uploadOf(request: FastifyRequest): ReceivedUpload | undefined {
  return uploads.get(request);
}

export async function registerCycleUploads(app: FastifyInstance): Promise<void> {
  await app.register(multipart, {
    attachFieldsToBody: true,
    throwFileSizeLimit: false,
    limits: { fileSize: MAX_ATTACHMENT_BYTES, files: 1, fields: 20, fieldSize: 100_000, parts: 21 },
    async onFile(this: FastifyRequest, part: MultipartFile) {
      const chunks: Buffer[] = [];
      for await (const chunk of part.file) chunks.push(chunk as Buffer);
      if (part.filename === '' && chunks.length === 0) return;
      uploads.set(this, { fileName: part.filename, contentType: part.mimetype, content: Buffer.concat(chunks), truncated: part.file.truncated });
    },
  });
  // Multipart fields arrive as objects; the rest of the app reads forms as plain text values.
  app.addHook('preValidation', async (request) => {
    if (!request.isMultipart() || !request.body || typeof request.body !== 'object') return;
    const flat: Record<string, string> = {};
    for (const [key, value] of Object.entries(request.body as Record<string, unknown>)) {
      const field = Array.isArray(value) ? value.at(-1) : value;
      if (field && typeof field === 'object' && (field as { type?: string }).type === 'field') flat[key] = String((field as { value: unknown }).value);
    }
    request.body = flat;
  });
}
