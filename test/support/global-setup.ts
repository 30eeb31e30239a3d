// Runs once per test run: provides a PostgreSQL server to every test file,
// either TEST_DATABASE_URL or a throwaway one started here and stopped after.
import type { TestProject } from 'vitest/node';
import { findChromium } from './browser.js';
import { startPostgres } from './postgres-server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void> | void> {
  stopUnlessChromium();
  const given = process.env.TEST_DATABASE_URL;
  if (given) {
    project.provide('postgresUrl', given);
    return () => undefined;
  }
  const server = await startPostgres();
  project.provide('postgresUrl', server.url);
  return () => server.stop();
}

/** A machine without Chromium stops the run at once with the one line saying what to install, not later with browser tests failing one by one. */
function stopUnlessChromium(): void {
  try {
    findChromium();
  } catch (error) {
    process.stderr.write(`npm test: ${(error as Error).message}\n`);
    process.exit(1);
  }
}
