// Benchmark of the public site. Puts the front page and the largest
// indicator page under load on 127.0.0.1 (autocannon, 10 connections, about
// 10 s each) as a browser asks for them (brotli or gzip), and in the same run
// a plain node:http server that answers with the very same bytes and headers
// from memory: the ratio says what Barometer's routing, data-version check
// and cache cost. It also times the uncached render of the largest indicator
// page (database reads, status, chart, HTML), the work a request does right
// after a release is published.
//
// The headline is the app as `barometer serve` runs it (buildApp); a line
// before it gives the public site's plugins alone for comparison.
//
// Run: npx tsx bench/public.ts [seconds per run]
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify from 'fastify';
import { openDatabase } from '../src/db/dialect.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { buildApp } from '../src/http/app.js';
import { registerPublicSite } from '../src/http/routes/public/index.js';
import { createResponseCache } from '../src/http/routes/public/response-cache.js';
import { loadDemoData } from '../src/services/demo/load-demo-data.js';
import { readDemoFile } from '../src/services/demo/read-demo-file.js';
import { listCatalogueIndicators } from '../src/services/public/indicator-catalogue.js';
import { listPublicPolicies } from '../src/services/public/public-policies.js';
import { PATHS } from '../src/views/site-paths.js';
import { commandLineActor } from '../src/domain/permissions.js';

interface LoadResult {
  requests: { average: number };
  non2xx: number;
  errors: number;
}
type Autocannon = (options: { url: string; connections: number; duration: number; headers: Record<string, string> }) => Promise<LoadResult>;
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

const SECONDS = Number(process.argv[2] ?? 10);
const BROWSER_HEADERS = { 'accept-encoding': 'br, gzip' };
const RENDER_RUNS = 200;

async function load(url: string): Promise<number> {
  const result = await autocannon({ url, connections: 10, duration: SECONDS, headers: BROWSER_HEADERS });
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${url}: ${result.non2xx} non-2xx answers and ${result.errors} errors under load`);
  return result.requests.average;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

const dir = mkdtempSync(join(tmpdir(), 'barometer-bench-'));
const database = await openDatabase(`sqlite:${join(dir, 'bench.sqlite')}`);
try {
  await migrateToLatest(database.db);
  await loadDemoData(database.db, await readDemoFile(), {}, { actor: commandLineActor('bench'), now: new Date('2026-11-22T10:00:00Z') });
  const app = await buildApp({ db: database.db });
  const origin = await app.listen({ port: 0, host: '127.0.0.1' });

  // The largest indicator page of either language, by its uncompressed size.
  const policy = (await listPublicPolicies(database.db)).find((p) => p.isCurrent)!;
  const candidates = (await listCatalogueIndicators(database.db, policy.code)).flatMap((d) =>
    [PATHS.da, PATHS.en].map((paths) => paths.indicator(policy.code, d.indicator.code)),
  );
  let largest = { path: '', size: 0 };
  for (const path of candidates) {
    const size = (await app.inject({ url: path })).rawPayload.length;
    if (size > largest.size) largest = { path, size };
  }

  // Uncached: every request reads the database and renders the page again. Timed
  // before the load runs, whose client (autocannon runs in this process) leaves
  // garbage behind that would be collected during the timing.
  const uncached = Fastify({ logger: false });
  uncached.decorate('db', database.db);
  await uncached.register(registerPublicSite, { cache: createResponseCache(database.db, { enabled: false, compress: false }) });
  const times: number[] = [];
  for (let run = 0; run < RENDER_RUNS + 30; run++) {
    const start = process.hrtime.bigint();
    const response = await uncached.inject({ url: largest.path });
    if (response.statusCode !== 200) throw new Error(`uncached render answered ${response.statusCode}`);
    if (run >= 30) times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  await uncached.close();

  // The plain server answers with exactly what Barometer sends for the front
  // page: the same body and the same headers (security headers included),
  // but for those node:http writes itself on every response.
  const front = await app.inject({ url: '/', headers: BROWSER_HEADERS });
  const writtenByNode = new Set(['date', 'connection', 'keep-alive', 'content-length', 'transfer-encoding']);
  const headers = Object.fromEntries(
    Object.entries(front.headers)
      .filter(([name]) => !writtenByNode.has(name))
      .map(([name, value]) => [name, String(value)]),
  );
  const bytes = front.rawPayload;
  const plain = createServer((_request, response) => {
    response.writeHead(200, { ...headers, 'content-length': bytes.length });
    response.end(bytes);
  });
  await new Promise<void>((resolve) => plain.listen(0, '127.0.0.1', resolve));
  const plainUrl = `http://127.0.0.1:${(plain.address() as AddressInfo).port}/`;

  const frontRate = await load(`${origin}/`);
  const indicatorRate = await load(origin + largest.path);
  const plainRate = await load(plainUrl);
  plain.close();
  await app.close();

  // The public site alone, without the sign-in and admin plugins buildApp adds
  // to every request: shows which part of the gap to plain node:http is whose.
  const alone = Fastify({ logger: false });
  alone.decorate('db', database.db);
  await alone.register(registerPublicSite);
  const aloneRate = await load(`${await alone.listen({ port: 0, host: '127.0.0.1' })}/`);
  await alone.close();

  console.log(`front page: ${Math.round(frontRate)} req/s, ${bytes.length} bytes (${headers['content-encoding']})`);
  console.log(`largest indicator page ${largest.path} (${largest.size} bytes uncompressed): ${Math.round(indicatorRate)} req/s`);
  console.log(`plain node:http, same bytes from memory: ${Math.round(plainRate)} req/s`);
  console.log(
    `front page from the public site's plugins alone (no sign-in/admin hooks): ${Math.round(aloneRate)} req/s, ratio ${(aloneRate / plainRate).toFixed(3)}`,
  );
  console.log(`uncached render of the largest indicator page: median ${median(times).toFixed(2)} ms over ${RENDER_RUNS} runs (target ≤ 10 ms)`);
  console.log(
    JSON.stringify({
      bench: 'public',
      value: Math.round(frontRate),
      unit: 'req/s',
      baseline: Math.round(plainRate),
      ratio: Number((frontRate / plainRate).toFixed(3)),
    }),
  );
} finally {
  await database.close();
  rmSync(dir, { recursive: true, force: true });
}
