// Writes the whole public site (the project bank included), its downloads
// and its assets as static files: a crawl from the front pages in both
// languages that follows every link, asks the real routes for each address
// (so the files are exactly what the server sends), and makes the links
// relative; links into the API go to the live server at `apiOrigin`. A link that leads nowhere stops the
// export, since the copy would have a hole.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve, sep } from 'node:path';
import Fastify from 'fastify';
import type { Db } from '../../../../services/database.js';
import { registerEmbeds } from '../../embed/index.js';
import { registerProjectBankRoutes } from '../../projects/index.js';
import { registerPublicSite } from '../index.js';
import { createResponseCache } from '../response-cache.js';
import { fileOf, linksIn, relativizeHtml } from './relative-links.js';

export interface ExportResult {
  readonly files: number;
  readonly bytes: number;
}

export class ExportError extends Error {}

/** The file on disk for an address, or null when a decoded segment could leave the folder. */
function diskPath(root: string, path: string): string | null {
  const segments = fileOf(path).split('/').filter(Boolean).map((segment) => decodeURIComponent(segment));
  if (segments.some((s) => s === '.' || s === '..' || s.includes('/') || s.includes('\\') || s.includes('\0'))) return null;
  const file = resolve(root, ...segments);
  return file.startsWith(root + sep) ? file : null;
}

export async function exportPublicSite(db: Db, dir: string, options: { apiOrigin?: string } = {}): Promise<ExportResult> {
  const root = resolve(dir);
  const app = Fastify({ logger: false });
  app.decorate('db', db);
  const cache = createResponseCache(db, { compress: false });
  await app.register(registerPublicSite, { cache });
  await app.register(registerEmbeds, { cache });
  await app.register(registerProjectBankRoutes);
  await app.ready();
  try {
    const queue = ['/', '/en/'];
    const seen = new Set(queue);
    const broken: string[] = [];
    let bytes = 0;
    let files = 0;
    while (queue.length > 0) {
      const path = queue.shift()!;
      const response = await app.inject({ method: 'GET', url: path });
      const file = diskPath(root, path);
      if (response.statusCode !== 200 || !file) {
        broken.push(`${path} (${response.statusCode})`);
        continue;
      }
      const type = String(response.headers['content-type'] ?? '');
      const isText = type.startsWith('text/html') || type.startsWith('text/css');
      const text = isText ? response.body : '';
      for (const link of linksIn(text, path, type)) {
        if (!seen.has(link)) {
          seen.add(link);
          queue.push(link);
        }
      }
      const body = type.startsWith('text/html') ? Buffer.from(relativizeHtml(text, path, options.apiOrigin ?? null)) : response.rawPayload;
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, body);
      bytes += body.length;
      files += 1;
    }
    if (broken.length > 0) throw new ExportError(`The site links to addresses that do not answer: ${broken.slice(0, 5).join(', ')}`);
    return { files, bytes };
  } finally {
    await app.close();
  }
}

