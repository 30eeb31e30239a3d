// Killing the process in the middle of a large import leaves the database as
// it was: a child process imports a generated file into an SQLite file and
// is killed with SIGKILL once it has staged 50,000 figures inside its
// transaction, by which time SQLite has written pages of it to its log.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/dialect.js';
import { migrateToLatest } from '../../src/db/migrate.js';
import { runImport } from '../../src/services/imports/run-import.js';
import { dumpDatabase } from './support/dump-database.js';
import { seedModel } from './support/seed-model.js';
import { templateSource } from './support/sources.js';
import { commandLineActor } from '../../src/domain/permissions.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CHILD = fileURLToPath(new URL('./support/import-child.ts', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'barometer-kill-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** 128,000 good figures for the seeded indicators: 8,000 years (and their quarters), each group and area. */
function writeLargeFile(path: string): number {
  const lines = ['indicator;period;group;area;value'];
  for (let year = 1100; year < 9100; year++) {
    for (const area of ['kbh', 'amager']) {
      lines.push(`beskaeftigelse;${year};etnisk-minoritet;${area};${year % 100},5`, `beskaeftigelse;${year};dansk-oprindelse;${area};${year % 90},5`);
      lines.push(`ledere;${year};total;${area};${year % 50}`, `karakterer;${year};total;${area};${year % 12}`);
      for (const quarter of [1, 2, 3, 4]) lines.push(`ledighed-kvartal;${year}K${quarter};total;${area};${quarter + (year % 7)}`);
    }
  }
  writeFileSync(path, lines.join('\n') + '\n');
  return lines.length - 1;
}

function runChildUntilKilled(dbFile: string, csvFile: string) {
  return new Promise<{ signal: NodeJS.Signals | null; output: string; killedAt: number }>((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dbFile, csvFile], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let killedAt = 0;
    child.stdout.on('data', (data: Buffer) => {
      output += data.toString();
      const staged = Math.max(0, ...[...output.matchAll(/staged (\d+)/g)].map((m) => Number(m[1])));
      if (staged >= 50_000 && killedAt === 0) {
        killedAt = staged;
        child.kill('SIGKILL');
      }
    });
    child.stderr.on('data', (data: Buffer) => (output += data.toString()));
    child.on('error', reject);
    child.on('close', (_code, signal) => resolve({ signal, output, killedAt }));
  });
}

describe('an import killed half-way', () => {
  it('leaves the SQLite database exactly as it was, and usable', async () => {
    const dbFile = join(dir, 'barometer.sqlite');
    const csvFile = join(dir, 'large.csv');
    const rows = writeLargeFile(csvFile);
    const setup = await openDatabase(`sqlite:${dbFile}`);
    await migrateToLatest(setup.db);
    await seedModel(setup.db);
    const before = await dumpDatabase(setup.db, 'sqlite');
    await setup.close();

    const child = await runChildUntilKilled(dbFile, csvFile);
    expect(child.signal, child.output).toBe('SIGKILL');
    expect(child.killedAt).toBeGreaterThanOrEqual(50_000);
    expect(child.killedAt).toBeLessThan(rows);
    expect(child.output).not.toMatch(/done/);
    // The transaction had spilled pages to the write-ahead log; reopening must discard them.
    expect(statSync(`${dbFile}-wal`).size).toBeGreaterThan(0);

    const after = await openDatabase(`sqlite:${dbFile}`);
    try {
      expect(await dumpDatabase(after.db, 'sqlite')).toBe(before);
      const check = await sql<{ integrity_check: string }>`pragma integrity_check`.execute(after.db);
      expect(check.rows).toEqual([{ integrity_check: 'ok' }]);
      const report = await runImport(
        after.db,
        templateSource(['indicator;period;group;value', 'ledere;2014;total;11']),
        { dryRun: false },
        { actor: commandLineActor('test'), now: new Date() },
      );
      expect(report.committed).toBe(true);
    } finally {
      await after.close();
    }
  });
});
