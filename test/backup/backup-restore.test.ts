// Backup and restore, through the `barometer` command as an operator runs
// them: the restored database exports the very same published figures, on
// each engine and from one engine to the other; a database with data is
// refused in one line, and a restored PostgreSQL database numbers new rows
// after the restored ones.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandLineActor } from '../../src/domain/permissions.js';
import { loadDemoData } from '../../src/services/demo/load-demo-data.js';
import { readDemoFile } from '../../src/services/demo/read-demo-file.js';
import { ENGINES, createTestDatabase } from '../support/databases.js';
import type { TestDatabase } from '../support/databases.js';
import { runBarometer } from '../support/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'barometer-backup-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The published figures as `barometer export --format json` writes them, less the moment of writing. */
async function exportJson(database: TestDatabase, name: string): Promise<unknown> {
  const out = join(dir, name);
  const result = await runBarometer(['export', '--format', 'json', '--out', out], { DATABASE_URL: database.url });
  expect(result.stderr).toBe('');
  const { generated_at: _generatedAt, ...figures } = JSON.parse(readFileSync(join(out, 'barometer-figures.json'), 'utf8')) as Record<string, unknown>;
  return figures;
}

describe.each(ENGINES)('barometer backup and restore from %s', (engine) => {
  let source: TestDatabase;
  const targets: TestDatabase[] = [];
  const backup = join(dir, `${engine}.backup.gz`);
  let sourceFigures: unknown;

  beforeAll(async () => {
    source = await createTestDatabase(engine);
    await loadDemoData(source.db, await readDemoFile(), {}, { actor: commandLineActor('test'), now: new Date('2026-11-22T10:00:00Z') });
    const result = await runBarometer(['backup', '--out', backup], { DATABASE_URL: source.url });
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^Backed up \d+ row\(s\) in \d+ table\(s\)/);
    sourceFigures = await exportJson(source, `${engine}-source`);
  }, 120_000);
  afterAll(async () => {
    await source.drop();
    for (const target of targets) await target.drop();
  });

  it.each(ENGINES)(
    'restores into an empty, unmigrated %s database with the same export',
    async (targetEngine) => {
      const target = await createTestDatabase(targetEngine, { migrate: false });
      targets.push(target);
      const restored = await runBarometer(['restore', backup], { DATABASE_URL: target.url });
      expect(restored.stderr).toBe('');
      expect(restored.code).toBe(0);
      expect(await exportJson(target, `${engine}-to-${targetEngine}`)).toEqual(sourceFigures);

      // New rows are numbered after the restored ones.
      const { id } = await target.db
        .insertInto('audit_log')
        .values({ at: '2026-11-23T10:00:00Z', actor: 'test', action: 'restore.checked', entity: 'test', entity_id: null, before: null, after: null })
        .returning('id')
        .executeTakeFirstOrThrow();
      const { max } = await target.db
        .selectFrom('audit_log')
        .select((eb) => eb.fn.max('id').as('max'))
        .executeTakeFirstOrThrow();
      expect(id).toBe(max);
      expect(id).toBeGreaterThan(1);

      // Once it has data, a second restore is refused in one line, and nothing changes.
      const again = await runBarometer(['restore', backup], { DATABASE_URL: target.url });
      expect(again.code).toBe(1);
      expect(again.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^barometer: The database is not empty \(table \w+ has rows\)/)]);
    },
    120_000,
  );

  it('refuses a file that is not a backup, or is cut off, and restores nothing', async () => {
    const target = await createTestDatabase(engine);
    targets.push(target);
    const notBackup = join(dir, `${engine}-not-a-backup`);
    writeFileSync(notBackup, 'indicator;period\n');
    const refused = await runBarometer(['restore', notBackup], { DATABASE_URL: target.url });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/^barometer: .*not a Barometer backup/);

    const whole = readFileSync(backup);
    const { gunzipSync, gzipSync } = await import('node:zlib');
    const lines = gunzipSync(whole).toString('utf8').trimEnd().split('\n');
    const cut = join(dir, `${engine}-cut.backup.gz`);
    writeFileSync(cut, gzipSync(lines.slice(0, -1).join('\n') + '\n'));
    const cutOff = await runBarometer(['restore', cut], { DATABASE_URL: target.url });
    expect(cutOff.code).toBe(1);
    expect(cutOff.stderr).toMatch(/cut off/);
    expect(await target.db.selectFrom('policies').select('id').execute()).toEqual([]);
  }, 120_000);
});
