// `barometer serve`: migrate, then serve HTTP until SIGINT or SIGTERM.
import { getConfig } from '../../config/env.js';
import { closeSharedPrinters } from '../../documents/pdf-printer.js';
import { buildApp } from '../../http/app.js';
import { startBackgroundJobs } from '../../jobs/index.js';
import { openMigratedDatabase } from '../open-migrated-database.js';
import { CommandError } from '../output.js';
import type { CommandOutput } from '../output.js';

export async function serveCommand(out: CommandOutput): Promise<number> {
  const config = getConfig();
  const database = await openMigratedDatabase(config);
  const app = await buildApp({ db: database.db, logLevel: config.logLevel });
  try {
    await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    await database.close();
    const code = (error as NodeJS.ErrnoException).code;
    throw new CommandError(code === 'EADDRINUSE' ? `Port ${config.port} is in use; choose another with PORT=…` : (error as Error).message);
  }
  const jobs = startBackgroundJobs({ db: database.db, config, log: { info: (m) => app.log.info(m), error: (m) => app.log.error(m) } });
  const shownHost = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  out.info(`Barometer is serving ${database.description} on http://${shownHost}:${config.port}/ (Ctrl+C stops it)`);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await jobs.stop();
  await app.close();
  await Promise.all([database.close(), closeSharedPrinters()]);
  return 0;
}
