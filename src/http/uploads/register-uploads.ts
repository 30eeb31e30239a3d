// The one place multipart posts are accepted: @fastify/multipart registered
// once for the admin area, and a hook that reads an upload with its route's
// limits (read-upload.ts) before the route's handler and the CSRF hook run.
// A route that declares no `upload` takes no multipart post.
import multipart from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import { FIELD_BYTES, MAX_HEADER_PAIRS, MAX_PARTS } from './upload-limits.js';
import { readUpload } from './read-upload.js';

export class UploadsNeedCsrfError extends Error {}

export async function registerUploads(app: FastifyInstance): Promise<void> {
  if (!app.hasDecorator('signedInCsrfRefusal')) throw new UploadsNeedCsrfError('Uploads are read only inside the CSRF-protected, signed-in scope.');
  await app.register(multipart, {
    // Every part, text fields too, comes as a stream: busboy hands over a text
    // field only once it has read it to its end, so a 14 MB field would be read
    // through before it could be refused.
    isPartAFile: () => true,
    throwFileSizeLimit: false,
    limits: { fieldSize: FIELD_BYTES, fileSize: FIELD_BYTES, parts: MAX_PARTS, files: MAX_PARTS, fields: MAX_PARTS, headerPairs: MAX_HEADER_PAIRS },
  });
  app.addHook('preValidation', async (request, reply) => {
    if (!request.isMultipart()) return;
    const limits = request.routeOptions.config.upload;
    if (!limits) throw Object.assign(new Error('This form takes no files.'), { statusCode: 415 });
    await readUpload(request, reply, limits);
  });
}
