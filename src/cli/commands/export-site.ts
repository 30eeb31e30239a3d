// `barometer export-site DIR`: the whole public site, its downloads and its
// assets as static files with relative links, for any static host or CDN.
// The API is not part of the copy (it needs the server): its links point at
// SITE_URL.
import { getConfig } from '../../config/env.js';
import { ExportError, exportPublicSite } from '../../http/routes/public/static-export/export-public-site.js';
import { openMigratedDatabase } from '../open-migrated-database.js';
import { CommandError } from '../output.js';
import type { CommandOutput } from '../output.js';

export interface ExportSiteOptions {
  dir?: string;
}

export async function exportSiteCommand(options: ExportSiteOptions, out: CommandOutput): Promise<number> {
  if (!options.dir) throw new CommandError('export-site needs a folder to write to: barometer export-site DIR');
  const config = getConfig();
  const database = await openMigratedDatabase(config);
  try {
    const result = await exportPublicSite(database.db, options.dir, { apiOrigin: config.baseUrl });
    out.info(`Wrote the public site from ${database.description} to ${options.dir}: ${result.files} files, ${Math.round(result.bytes / 1024)} KB.`);
    return 0;
  } catch (error) {
    if (error instanceof ExportError) throw new CommandError(error.message);
    throw error;
  } finally {
    await database.close();
  }
}
