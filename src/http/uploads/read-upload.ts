// Reads an upload form as a stream, part by part, in the order the browser
// sends them (the order of the form's inputs). The first part must be the
// CSRF token, and it is checked before any other part is read, so a request
// that is not the signed-in person's own form costs the server one small
// part. After that every part is held to its limit as it arrives: an
// ordinary field at FIELD_BYTES, a file at its form's limit.
//
// A refusal (no valid token first, a field over its limit, too many parts)
// stops reading there: the rest of the body is neither read nor kept, and
// the connection closes after the answer. A file over its limit is another
// matter: it comes from the person's own form, so the rest of it is read past
// (never kept) and the form comes back with the message beside the field
// and what was typed, since a browser cut off mid-upload shows a broken
// connection instead of the page.
import { basename } from 'node:path';
import type { MultipartFile } from '@fastify/multipart';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Invalid } from '../../services/errors.js';
import { FIELD_BYTES, MAX_HEADER_PAIRS, MAX_PARTS } from './upload-limits.js';
import type { UploadLimits } from './upload-limits.js';
import { keepUploadedFile } from './uploaded-files.js';

/** A form, or one of its fields, larger than this app reads. */
export class UploadTooLarge extends Error {
  readonly statusCode = 413;
  readonly code = 'FST_UPLOAD_TOO_LARGE';
}

/** What @fastify/multipart throws when busboy counts too many parts, files or fields. */
const PART_COUNT_ERRORS = new Set(['FST_PARTS_LIMIT', 'FST_FILES_LIMIT', 'FST_FIELDS_LIMIT']);

/** More than busboy buffers ahead of the reader. */
const BACKSTOP_MARGIN = 1024 * 1024;

type Fields = Record<string, string | string[]>;

export async function readUpload(request: FastifyRequest, reply: FastifyReply, limits: UploadLimits): Promise<void> {
  const fields: Fields = {};
  let tokenChecked = false;
  try {
    for await (const part of request.parts({ limits: busboyLimits(limits) })) {
      // Every part comes as a stream (see register-uploads.ts); this only tells TypeScript so.
      if (part.type !== 'file') continue;
      const isText = part.filename === undefined;
      if (!tokenChecked) {
        fields._csrf = checkedToken(request, reply, isText && part.fieldname === '_csrf' ? await readText(part, FIELD_BYTES) : null);
        tokenChecked = true;
      } else if (isText) {
        const value = await readText(part, limits.largeFields?.[part.fieldname] ?? FIELD_BYTES);
        if (value === null) return stopReading(request, reply, new UploadTooLarge(`The field "${part.fieldname}" is over its limit.`));
        addField(fields, part.fieldname, value);
      } else {
        await readFile(request, reply, part, limits);
      }
    }
  } catch (error) {
    if (PART_COUNT_ERRORS.has((error as { code?: string }).code ?? '')) return stopReading(request, reply, new UploadTooLarge('The form has too many parts.'));
    throw error;
  }
  // A body without any part has had no token either.
  if (!tokenChecked) checkedToken(request, reply, null);
  request.body = fields;
}

/** The form's first part, once it has passed as this session's CSRF token. */
function checkedToken(request: FastifyRequest, reply: FastifyReply, token: string | null): string {
  // Checked as given: a form whose first part is not `_csrf` has sent none (null), whatever a header says.
  const refusal = request.server.signedInCsrfRefusal(request, token);
  if (refusal) return stopReading(request, reply, refusal);
  return token as string;
}

async function readFile(request: FastifyRequest, reply: FastifyReply, part: MultipartFile, limits: UploadLimits): Promise<void> {
  const cap = limits.files[part.fieldname];
  if (cap === undefined) stopReading(request, reply, new Invalid('error.upload.noSuchFileField', { field: part.fieldname }));
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of part.file as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size <= cap) chunks.push(chunk);
    else chunks.length = 0;
  }
  // A file input left empty is sent as an empty part without a file name.
  if (part.filename === '' && size === 0) return;
  const tooLarge = size > cap;
  const name = basename(part.filename.replaceAll('\\', '/')) || 'upload';
  keepUploadedFile(request, part.fieldname, { name, contentType: part.mimetype, bytes: tooLarge ? Buffer.alloc(0) : Buffer.concat(chunks), tooLarge });
}

/** The part as text, or null as soon as it is over `cap` (leaving the loop ends the part's stream). */
async function readText(part: MultipartFile, cap: number): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of part.file as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > cap) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function addField(fields: Fields, name: string, value: string): void {
  const earlier = fields[name];
  fields[name] = earlier === undefined ? value : [earlier, value].flat();
}

/** Leaves the rest of the body unread, and closes the connection after the answer rather than drain it. */
function stopReading(request: FastifyRequest, reply: FastifyReply, error: Error): never {
  request.raw.unpipe();
  request.raw.pause();
  reply.header('connection', 'close');
  throw error;
}

function busboyLimits(limits: UploadLimits) {
  // Each part is held to its own cap above; busboy's cap stands behind them, far
  // enough beyond that the reader always sees a part go over first. (Past its
  // cap busboy reads a part through to its end, discarding it: right for a file
  // over its limit, wrong for a field that should stop the reading at once.)
  const largest = Math.max(FIELD_BYTES, ...Object.values(limits.files), ...Object.values(limits.largeFields ?? {}));
  return { fieldSize: FIELD_BYTES, fileSize: largest + BACKSTOP_MARGIN, parts: MAX_PARTS, files: MAX_PARTS, fields: MAX_PARTS, headerPairs: MAX_HEADER_PAIRS };
}
