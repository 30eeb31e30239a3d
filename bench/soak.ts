// Soak benchmark: the public site under steady load while the data keeps
// changing. `barometer serve` runs as its own process on 127.0.0.1 over a
// SQLite file with the demo data (or SOAK_DATABASE_URL, which must then be
// an empty PostgreSQL database); autocannon asks for the front page and
// indicator pages in both languages for SOAK_SECONDS (60 by default), and
// meanwhile, like an analyst working through the day, this process imports a
// file of figures into a new draft release and publishes it every
// SOAK_PUBLISH_EVERY_MS (2000). Every publish makes the server render its
// pages anew.
//
// Prints requests, errors (non-2xx answers and failed connections: must be
// 0), the p99 latency, and the server's resident memory after a 5 s warm-up
// and at the end (growth must stay under 20 %); exits 1 if either fails.
//
// Run: npm run bench:soak   (SOAK_SECONDS=600 npm run bench:soak for a long one)
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase } from '../src/db/dialect.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { commandLineActor } from '../src/domain/permissions.js';
import { loadDemoData } from '../src/services/demo/load-demo-data.js';
import { readDemoFile } from '../src/services/demo/read-demo-file.js';
import { importFile } from '../src/services/imports/import-file.js';
import { listCatalogueIndicators } from '../src/services/public/indicator-catalogue.js';
import { listPublicPolicies } from '../src/services/public/public-policies.js';
import { publishRelease } from '../src/services/releases/publish.js';
import { PATHS as SITE_PATHS } from '../src/views/site-paths.js';

interface LoadResult {
  requests: { total: number; average: number };
  latency: { p99: number };
  non2xx: number;
  errors: number;
  timeouts: number;
}
type Autocannon = (options: {
  url: string;
  connections: number;
  duration: number;
  headers: Record<string, string>;
  requests: { path: string }[];
}) => Promise<LoadResult>;
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

const SECONDS = Number(process.env.SOAK_SECONDS ?? 60);
const PUBLISH_EVERY_MS = Number(process.env.SOAK_PUBLISH_EVERY_MS ?? 2000);
const WARM_UP_SECONDS = 5;
const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The server's resident set, in MB, as the operating system counts it. */
function residentMegabytes(pid: number): number {
  return (
    Number(
      execFileSync('ps', ['-o', 'rss=', '-p', String(pid)])
        .toString()
        .trim(),
    ) / 1024
  );
}

function startServer(databaseUrl: string, port: number): Promise<{ pid: number; stop(): Promise<void> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/bin.ts', 'serve'], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (data: Buffer) => {
      output += data.toString();
      if (!output.includes('Barometer is serving')) return;
      resolve({
        pid: child.pid!,
        stop: () => new Promise((done) => (child.once('close', () => done()), child.kill('SIGTERM'))),
      });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('close', (code) => reject(new Error(`barometer serve ended with ${code}: ${output}`)));
  });
}

/** Imports one figure into a new draft release and publishes it; returns when done. */
async function importAndPublish(db: Awaited<ReturnType<typeof openDatabase>>['db'], dir: string, round: number): Promise<void> {
  const file = join(dir, `round-${round}.csv`);
  const value = (70 + (round % 20) / 2).toFixed(1).replace('.', ',');
  writeFileSync(file, `indicator;period;group;area;value;flags;note\ntryghed;2013;total;kbh;${value};;\n`);
  const ctx = { actor: commandLineActor('bench:soak'), now: new Date() };
  const report = await importFile(db, file, { dryRun: false }, ctx);
  if (!report.release || report.problemCount > 0) throw new Error(`round ${round}: the import was refused`);
  await publishRelease(db, report.release.id, {}, ctx);
}

const dir = mkdtempSync(join(tmpdir(), 'barometer-soak-'));
const databaseUrl = process.env.SOAK_DATABASE_URL ?? `sqlite:${join(dir, 'soak.sqlite')}`;
const database = await openDatabase(databaseUrl);
try {
  await migrateToLatest(database.db);
  await loadDemoData(database.db, await readDemoFile(), {}, { actor: commandLineActor('bench:soak'), now: new Date() });
  // The front pages and the current policy's first four indicator pages, in both languages.
  const policy = (await listPublicPolicies(database.db)).find((p) => p.isCurrent)!;
  const indicators = (await listCatalogueIndicators(database.db, policy.code)).slice(0, 4);
  const PATHS = [SITE_PATHS.da, SITE_PATHS.en].flatMap((paths) => [paths.home(), ...indicators.map((d) => paths.indicator(policy.code, d.indicator.code))]);
  const port = 20000 + Math.floor(Math.random() * 20000);
  const server = await startServer(databaseUrl, port);
  const url = `http://127.0.0.1:${port}`;
  const load = (duration: number) =>
    autocannon({ url, connections: 10, duration, headers: { 'accept-encoding': 'br, gzip' }, requests: PATHS.map((path) => ({ path })) });
  try {
    const warmUp = await load(WARM_UP_SECONDS);
    if (warmUp.non2xx + warmUp.errors > 0) throw new Error(`warm-up: ${warmUp.non2xx} non-2xx answers, ${warmUp.errors} errors`);
    const rssStart = residentMegabytes(server.pid);

    let publishes = 0;
    let publishing = true;
    const writer = (async () => {
      while (publishing) {
        const started = Date.now();
        await importAndPublish(database.db, dir, publishes);
        publishes++;
        await new Promise((resolve) => setTimeout(resolve, Math.max(0, PUBLISH_EVERY_MS - (Date.now() - started))));
      }
    })();
    const result = await load(SECONDS);
    publishing = false;
    await writer;
    const rssEnd = residentMegabytes(server.pid);

    const errors = result.non2xx + result.errors + result.timeouts;
    const growth = (rssEnd - rssStart) / rssStart;
    console.log(`${SECONDS} s under load (${PATHS.length} public pages, 10 connections) with ${publishes} imports and publishes`);
    console.log(`requests: ${result.requests.total} (${Math.round(result.requests.average)} req/s), errors: ${errors}, p99 latency: ${result.latency.p99} ms`);
    console.log(`server RSS: ${rssStart.toFixed(1)} MB after warm-up, ${rssEnd.toFixed(1)} MB at the end (${(growth * 100).toFixed(1)} %)`);
    console.log(
      JSON.stringify({
        bench: 'soak',
        seconds: SECONDS,
        requests: result.requests.total,
        errors,
        p99_ms: result.latency.p99,
        publishes,
        rss_start_mb: Math.round(rssStart),
        rss_end_mb: Math.round(rssEnd),
        rss_growth: Number(growth.toFixed(3)),
      }),
    );
    if (errors > 0 || growth >= 0.2) process.exitCode = 1;
  } finally {
    await server.stop();
  }
} finally {
  await database.close();
  rmSync(dir, { recursive: true, force: true });
}
