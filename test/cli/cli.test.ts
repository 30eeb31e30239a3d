import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, createTestDatabase } from '../support/databases.js';
import type { TestDatabase } from '../support/databases.js';
import { runBarometer, startBarometerServer } from '../support/run-cli.js';

describe('barometer --help', () => {
  it('lists the commands', async () => {
    const result = await runBarometer(['--help']);
    expect(result.code).toBe(0);
    for (const command of ['serve', 'migrate', 'demo', 'status', 'import', 'export', 'release', 'export-site', 'user', 'letter']) {
      expect(result.stdout).toMatch(new RegExp(`^  ${command}\\b`, 'm'));
    }
  });

  it('rejects an unknown command with the help and exit code 2', async () => {
    const result = await runBarometer(['frobnicate']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('unknown command "frobnicate"');
  });
});

describe('barometer status', () => {
  it('answers each JSON line in order, and an invalid line with its number', async () => {
    const lines = [
      JSON.stringify({
        id: 'worked-example',
        method: 'opensdg',
        series: [
          {
            key: 's1',
            direction: 'increase',
            baseline: '2015',
            target: 9,
            targetPeriod: '2030',
            observations: [
              { period: '2015', value: 5 },
              { period: '2016', value: 6 },
            ],
          },
        ],
      }),
      '{"id": broken',
      JSON.stringify({
        id: 'safety',
        series: [
          {
            key: 'total',
            direction: 'increase',
            tolerance: 0.5,
            precision: 1,
            observations: [
              { period: '2010', value: 71.2 },
              { period: '2012', value: 74 },
            ],
          },
        ],
      }),
    ];
    const result = await runBarometer(['status'], {}, lines.join('\n') + '\n');
    expect(result.code).toBe(1);
    const answers = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(answers).toHaveLength(3);
    expect(answers[0]).toMatchObject({ id: 'worked-example', status: 'substantial_progress', score: 5 });
    expect(answers[1]).toMatchObject({ line: 2 });
    expect(answers[2]).toMatchObject({ id: 'safety', status: 'progress', score: null });
  });
});

describe('bad settings end with one clear line', () => {
  const oneLine = (text: string) => text.trim().split('\n');

  it('for a malformed DATABASE_URL', async () => {
    const result = await runBarometer(['migrate'], { DATABASE_URL: 'mysql://nope' });
    expect(result.code).toBe(1);
    expect(oneLine(result.stderr)).toEqual(['barometer: DATABASE_URL must start with sqlite: or postgres:// (got something else).']);
  });

  it('for an unreachable PostgreSQL', async () => {
    const result = await runBarometer(['migrate'], { DATABASE_URL: 'postgres://nobody:secret@127.0.0.1:1/none' });
    expect(result.code).toBe(1);
    const lines = oneLine(result.stderr);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^barometer: Cannot reach PostgreSQL at postgres:\/\/nobody:\*\*\*@127\.0\.0\.1:1\/none: ECONNREFUSED$/);
  });

  it('for a data directory that is a file', async () => {
    const result = await runBarometer(['migrate'], { DATABASE_URL: 'sqlite:/dev/null/barometer.sqlite' });
    expect(result.code).toBe(1);
    expect(oneLine(result.stderr)).toHaveLength(1);
    expect(result.stderr).toMatch(/^barometer: The data directory \/dev\/null cannot be written/);
  });

  it('for a PORT that is not a number', async () => {
    const result = await runBarometer(['serve'], { PORT: 'eighty' });
    expect(result.code).toBe(1);
    expect(oneLine(result.stderr)).toEqual([expect.stringMatching(/^barometer: Invalid setting PORT/)]);
  });
});

describe.each(ENGINES)('barometer demo and serve on %s', (engine) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(engine, { migrate: false });
  });
  afterAll(() => database.drop());

  it('migrates, loads the demo once, refuses twice, and serves it', async () => {
    const env = { DATABASE_URL: database.url };
    const first = await runBarometer(['demo'], env);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/2 policies, 21 indicators, 5 releases/);
    expect(first.stdout).toMatch(/milestones and \d+ tasks of one annual cycle/);

    const second = await runBarometer(['demo'], env);
    expect(second.code).toBe(1);
    expect(second.stderr).toMatch(/--force/);

    const ifEmpty = await runBarometer(['demo', '--if-empty'], env);
    expect(ifEmpty.code).toBe(0);
    expect(ifEmpty.stdout).toMatch(/not loaded again/);

    // A file with one bad row is refused whole, with its row and column.
    const dir = mkdtempSync(join(tmpdir(), 'barometer-cli-'));
    const csv = join(dir, 'figures.csv');
    writeFileSync(csv, 'indicator;period;group;area;value;flags;note\ntryghed;2013;total;kbh;75,1;;\ntryghed;2014;total;kbh;mange;;\n');
    const refused = await runBarometer(['import', csv], env);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/row 3/i);
    const missingFile = await runBarometer(['import', csv.replace('figures', 'none')], env);
    expect(missingFile.code).toBe(1);

    // A good file is staged in a draft, shown with its completeness, and published.
    writeFileSync(csv, 'indicator;period;group;area;value;flags;note\ntryghed;2013;total;kbh;75,1;;\n');
    const staged = await runBarometer(['import', csv], env);
    expect(staged.stderr).toBe('');
    const releaseId = /draft release (\d+)/.exec(staged.stdout)?.[1];
    expect(releaseId).toBeDefined();
    const shown = await runBarometer(['release', 'show', releaseId!], env);
    expect(shown.stdout).toMatch(/new figures for 1 of 15 indicators/);
    const published = await runBarometer(['release', 'publish', releaseId!, '--date', '2014-01-15'], env);
    expect(published.code).toBe(0);
    expect(published.stdout).toMatch(/Published release \d+ on 2014-01-15: 1 new/);
    const exported = await runBarometer(['export', '--format', 'csv', '--out', dir], env);
    expect(exported.code).toBe(0);
    expect(readFileSync(join(dir, 'barometer-figures.csv'), 'utf8')).toMatch(/tryghed.*2013.*75[.,]1/);
    rmSync(dir, { recursive: true, force: true });

    const port = String(20000 + Math.floor(Math.random() * 20000));
    const server = await startBarometerServer({ ...env, PORT: port });
    try {
      const response = await fetch(`http://127.0.0.1:${port}/`);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('Bland dig i byen');
    } finally {
      await server.stop();
    }
  }, 120_000); // nine runs of the real command, each starting Node with tsx
});
