// What an upload form may send, declared on its route
// (`config: { upload: { files: { file: 10 * MB } } }`), and the limits every
// upload shares. A route without `upload` takes no multipart post at all.

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The files (and any oversized text fields) this route's form sends. */
    upload?: UploadLimits;
  }
}

export interface UploadLimits {
  /** Each file field the form has, with the most bytes it accepts. */
  readonly files: Readonly<Record<string, number>>;
  /**
   * Text fields allowed past the ordinary field limit, each with its own cap:
   * the figure import's confirm step carries the previewed file back as
   * base64 in hidden fields (routes/admin/releases/import-routes.tsx).
   */
  readonly largeFields?: Readonly<Record<string, number>>;
}

/** An ordinary form field: a title, a note, a token. */
export const FIELD_BYTES = 32 * 1024;
/** Parts of one form: the largest (the import's confirm step) has ten. */
export const MAX_PARTS = 20;
/** Headers of one part: Content-Disposition, Content-Type, and room for a third. */
export const MAX_HEADER_PAIRS = 4;
/** Bytes of one part's headers: a long file name, percent-encoded, fits. */
export const MAX_HEADER_BYTES = 8 * 1024;

/** The length of `bytes` bytes written as base64, with room for a file name's worth of slack. */
export function base64Bytes(bytes: number): number {
  return Math.ceil(bytes / 3) * 4 + 1024;
}
