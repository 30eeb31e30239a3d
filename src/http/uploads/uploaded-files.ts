// The files of an upload, kept beside the request (never on its body, never
// on disk) for the route that reads them after the upload reader is done.
import type { FastifyRequest } from 'fastify';

export interface UploadedFile {
  /** The name the browser gave, without any folder. */
  readonly name: string;
  /** As the browser declared it; a claim, not a fact. */
  readonly contentType: string;
  /** Empty when the file was too large. */
  readonly bytes: Buffer;
  /** The file was over its form's limit: its bytes were read past, not kept. */
  readonly tooLarge: boolean;
}

const received = new WeakMap<FastifyRequest, Map<string, UploadedFile>>();

export function keepUploadedFile(request: FastifyRequest, field: string, file: UploadedFile): void {
  const files = received.get(request) ?? new Map<string, UploadedFile>();
  received.set(request, files);
  files.set(field, file);
}

/** The file sent in a form field, if one was chosen. */
export function uploadedFile(request: FastifyRequest, field: string): UploadedFile | undefined {
  return received.get(request)?.get(field);
}
