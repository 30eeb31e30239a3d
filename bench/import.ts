// Benchmark of the import pipeline: streams a generated Barometer CSV of
// 1,000,000 rows (100 indicators × 40 groups × 10 areas × 25 years, `;` and
// decimal commas) through the real pipeline (reading, decoding, parsing,
// checking every row against the model, comparing with what is published,
// staging in a draft release) into an SQLite file. The baseline, in the same
// run, inserts the same rows into release_figures of another SQLite file
// with one prepared better-sqlite3 statement in one transaction: the floor
// of what writing these rows costs. Peak memory is the process's resident
// set, sampled through both.
//
// Run: npx tsx bench/import.ts [rows]   (rows: a multiple of 40,000; default 1,000,000)

import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import type { Kysely } from 'kysely';
import { openDatabase } from '../src/db/dialect.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { insertArea, insertGroup } from '../src/db/repositories/organisation.js';
import { insertIndicator } from '../src/db/repositories/indicators.js';
import { insertFocusArea, insertGoal, insertPolicy } from '../src/db/repositories/policies.js';
import type { Database } from '../src/db/tables.js';
import { importFile } from '../src/services/imports/import-file.js';
import { commandLineActor } from '../src/domain/permissions.js';

const ROWS = Number(process.argv[2] ?? 1_000_000);
const INDICATORS = 100;
const GROUPS = 40;
const AREAS = 10;
const YEARS = 25;
const SERIES_ROWS = GROUPS * AREAS * YEARS;
if (ROWS % SERIES_ROWS !== 0 || ROWS / SERIES_ROWS > INDICATORS) throw new Error(`rows must be a multiple of ${SERIES_ROWS} up to ${SERIES_ROWS * INDICATORS}`);
const ctx = { actor: commandLineActor('bench'), now: new Date('2026-11-22T04:00:00Z') };

const indicatorCode = (i: number) => `indikator-${String(i).padStart(3, '0')}`;
const groupCode = (g: number) => `gruppe-${g}`;
const areaCode = (a: number) => `bydel-${a}`;
/** The same deterministic value for a row in the file and in the baseline. */
const valueOf = (n: number) => ((n * 7919) % 10000) / 10;

/** Calls the visitor for every row in file order: indicator, group, area, year. */
function forEachRow(visit: (n: number, i: number, g: number, a: number, year: number) => void): void {
  let n = 0;
  for (let i = 0; n < ROWS; i++) for (let g = 0; g < GROUPS; g++) for (let a = 0; a < AREAS; a++) for (let y = 0; y < YEARS; y++) visit(n++, i, g, a, 1990 + y);
}

/** Writes the file in chunks as it goes, so the bench's own data does not count against the pipeline's memory. */
function writeCsv(path: string): void {
  const fd = openSync(path, 'w');
  let chunk = 'indikator;periode;gruppe;område;værdi;flags;note\n';
  forEachRow((n, i, g, a, year) => {
    chunk += `${indicatorCode(i)};${year};${groupCode(g)};${areaCode(a)};${String(valueOf(n)).replace('.', ',')};;\n`;
    if (chunk.length > 1 << 20) {
      writeSync(fd, chunk);
      chunk = '';
    }
  });
  writeSync(fd, chunk);
  closeSync(fd);
}

/** The model the rows name; returns the ids a baseline needs. */
async function seed(db: Kysely<Database>) {
  const policy = await insertPolicy(db, { code: 'bench', title_da: 'Bench', first_year: 1990, last_year: 2014, state: 'active', default_method: 'direction' });
  const area = await insertFocusArea(db, { policy_id: policy.id, number: 1, code: 'fa', title_da: 'Fokus' });
  const goal = await insertGoal(db, { policy_id: policy.id, focus_area_id: area.id, number: 1, code: 'mål', title_da: 'Mål' });
  const indicators: number[] = [];
  for (let i = 0; i < INDICATORS; i++) {
    indicators.push(
      (
        await insertIndicator(db, {
          policy_id: policy.id,
          goal_id: goal.id,
          code: indicatorCode(i),
          sort_order: i,
          title_da: indicatorCode(i),
          unit: '%',
          precision: 1,
          direction: 'increase',
          tolerance: 0,
          is_main: 0,
          headline_kind: 'total',
          update_frequency: 'yearly',
        })
      ).id,
    );
  }
  const groups: number[] = [];
  for (let g = 0; g < GROUPS; g++) groups.push((await insertGroup(db, { code: groupCode(g), name_da: groupCode(g) })).id);
  const areas: number[] = [];
  for (let a = 0; a < AREAS; a++) areas.push((await insertArea(db, { code: areaCode(a), name_da: areaCode(a), kind: 'district' })).id);
  return { policyId: policy.id, indicators, groups, areas };
}

let peakRss = 0;
const sampleMemory = () => (peakRss = Math.max(peakRss, process.memoryUsage.rss()));
const sampler = setInterval(sampleMemory, 25);

const dir = mkdtempSync(join(tmpdir(), 'barometer-bench-import-'));
try {
  const csv = join(dir, 'figures.csv');
  writeCsv(csv);

  // The pipeline.
  const pipelineDb = await openDatabase(`sqlite:${join(dir, 'pipeline.sqlite')}`);
  await migrateToLatest(pipelineDb.db);
  await seed(pipelineDb.db);
  let started = performance.now();
  const report = await importFile(pipelineDb.db, csv, { dryRun: false }, ctx);
  const pipelineSeconds = (performance.now() - started) / 1000;
  await pipelineDb.close();
  if (!report.committed || report.counts.new !== ROWS) throw new Error(`the import did not stage every row: ${JSON.stringify(report.problems.slice(0, 3))}`);
  sampleMemory();

  // The baseline: one prepared statement, one transaction, ids known in advance.
  const baselineFile = join(dir, 'baseline.sqlite');
  const baselineDb = await openDatabase(`sqlite:${baselineFile}`);
  await migrateToLatest(baselineDb.db);
  const ids = await seed(baselineDb.db);
  await baselineDb.close();
  const raw = new SqliteDatabase(baselineFile);
  raw.pragma('journal_mode = WAL');
  raw.pragma('foreign_keys = ON');
  const release = raw
    .prepare(`insert into releases (policy_id, title_da, state, created_at, created_by) values (?, 'Baseline', 'draft', ?, 'bench')`)
    .run(ids.policyId, ctx.now.toISOString());
  const insert = raw.prepare(
    'insert into release_figures (release_id, indicator_id, period, period_sort, group_id, area_id, value, is_provisional, is_estimated, note, reason, replaced_value, created_at, created_by) values (?, ?, ?, ?, ?, ?, ?, 0, 0, null, null, null, ?, ?)',
  );
  const at = ctx.now.toISOString();
  started = performance.now();
  raw.transaction(() => {
    forEachRow((n, i, g, a, year) =>
      insert.run(release.lastInsertRowid, ids.indicators[i], String(year), year * 120, ids.groups[g], ids.areas[a], valueOf(n), at, 'bench'),
    );
  })();
  const baselineSeconds = (performance.now() - started) / 1000;
  raw.close();
  sampleMemory();

  const value = Math.round(ROWS / pipelineSeconds);
  const baseline = Math.round(ROWS / baselineSeconds);
  console.log(`pipeline: ${ROWS} rows in ${pipelineSeconds.toFixed(2)} s; baseline: ${baselineSeconds.toFixed(2)} s`);
  console.log(
    JSON.stringify({
      bench: 'import',
      value,
      unit: 'rows/s',
      baseline,
      ratio: Math.round((value / baseline) * 1000) / 1000,
      peakMB: Math.round(peakRss / 1024 / 1024),
    }),
  );
} finally {
  clearInterval(sampler);
  rmSync(dir, { recursive: true, force: true });
}
