// Helpers for the releases' screens: multipart posts as a browser sends an
// upload (with the visitor's cookies and CSRF token), and small readers of
// what the pages and the database hold.
import type { LightMyRequestResponse } from 'fastify';
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../../src/db/tables.js';
import type { Visitor } from '../admin/support/visitor.js';

export interface FilePart {
  readonly field: string;
  readonly name: string;
  readonly bytes: Uint8Array | string;
  readonly type?: string;
}

export function multipart(fields: Record<string, string>, files: readonly FilePart[]) {
  const boundary = '----barometer-releases-boundary';
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields))
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  for (const file of files) {
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${file.field}"; filename="${file.name}"\r\nContent-Type: ${file.type ?? 'text/csv'}\r\n\r\n`,
      ),
    );
    parts.push(Buffer.from(file.bytes), Buffer.from('\r\n'));
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` };
}

/** Posts a multipart form with the visitor's cookies; `_csrf` from its last page unless given. */
export async function postMultipart(
  app: FastifyInstance,
  visitor: Visitor,
  url: string,
  fields: Record<string, string>,
  files: readonly FilePart[],
  options: { csrf?: string | null } = {},
): Promise<LightMyRequestResponse> {
  const token = options.csrf === undefined ? visitor.csrfToken() : options.csrf;
  const body = multipart(token === null ? fields : { _csrf: token, ...fields }, files);
  const cookie = [...visitor.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  const response = await app.inject({ method: 'POST', url, headers: { cookie, 'content-type': body.contentType }, payload: body.payload });
  if ((response.headers['content-type'] ?? '').toString().startsWith('text/html')) visitor.lastPage = response.body;
  return response;
}

export const csv = (...rows: string[]) => ['indicator;period;group;area;value;flags;note', ...rows].join('\r\n') + '\r\n';

/** What a failed import must leave exactly as it was. */
export async function snapshot(db: Kysely<Database>) {
  const count = async (table: 'release_figures' | 'releases' | 'measurements' | 'audit_log' | 'groups' | 'areas' | 'indicators') =>
    Number(
      (
        await db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  return {
    releaseFigures: await count('release_figures'),
    releases: await count('releases'),
    measurements: await count('measurements'),
    audit: await count('audit_log'),
    groups: await count('groups'),
    areas: await count('areas'),
    indicators: await count('indicators'),
  };
}

/** The page's text without markup, for reading what a person sees. */
export const textOf = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
