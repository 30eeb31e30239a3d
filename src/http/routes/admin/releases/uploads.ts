// Multipart form posts for the import screens, registered only in the
// releases' own scope. Fields land on request.body as strings (so the CSRF
// check reads `_csrf` as from any form); files are read into memory, capped
// in size, and kept beside the request, never written to disk. A file over
// the cap is marked, not thrown, so the form can say so beside the field.
import { basename } from 'node:path';
import multipart from '@fastify/multipart';
import type { MultipartFile } from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';

export const MAX_UPLOAD_MB = 10;
const MAX_FILE_BYTES = MAX_UPLOAD_MB * 1024 * 1024;
/** A file carried back in a hidden field (base64) is a third larger than the file. */
const MAX_FIELD_BYTES = Math.ceil((MAX_FILE_BYTES * 4) / 3) + 1024;

export interface ReceivedFile {
  readonly name: string;
  readonly bytes: Buffer;
  /** True when the file was larger than the cap and was cut off. */
  readonly tooLarge: boolean;
}

const received = new WeakMap<FastifyRequest, Map<string, ReceivedFile>>();

async function keepFile(this: FastifyRequest, part: MultipartFile): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of part.file) chunks.push(chunk as Buffer);
  const files = received.get(this) ?? new Map<string, ReceivedFile>();
  received.set(this, files);
  // Browsers send an empty part for a file input left empty.
  if (part.filename === '' && chunks.length === 0) return;
  files.set(part.fieldname, { name: basename(part.filename.replaceAll('\\', '/')) || 'upload', bytes: Buffer.concat(chunks), tooLarge: part.file.truncated });
}

export async function registerUploads(scope: FastifyInstance): Promise<void> {
  await scope.register(multipart, {
    attachFieldsToBody: 'keyValues',
    onFile: keepFile,
    throwFileSizeLimit: false,
    limits: { fileSize: MAX_FILE_BYTES, files: 3, fields: 20, parts: 24, fieldSize: MAX_FIELD_BYTES },
  });
}

/** The file sent in a form field, if one was chosen. */
export function uploadedFile(request: FastifyRequest, field: string): ReceivedFile | undefined {
  return received.get(request)?.get(field);
}
