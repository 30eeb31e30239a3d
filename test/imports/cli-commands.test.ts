// The `barometer import` and `barometer export` commands, called as the CLI
// calls them, against a real database on each engine.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportCommand } from '../../src/cli/commands/export.js';
import { importCommand } from '../../src/cli/commands/import.js';
import { CommandError } from '../../src/cli/output.js';
import { parseConfig } from '../../src/config/env.js';
import type { Config } from '../../src/config/env.js';
import { listReleaseFigures } from '../../src/db/repositories/releases.js';
import { NotFound } from '../../src/services/errors.js';
import { ENGINES, createTestDatabase } from '../support/databases.js';
import type { TestDatabase } from '../support/databases.js';
import { dumpDatabase } from './support/dump-database.js';
import { seedModel } from './support/seed-model.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));

function capture() {
  const lines = { info: [] as string[], error: [] as string[] };
  return { lines, out: { info: (line: string) => lines.info.push(line), error: (line: string) => lines.error.push(line) } };
}

describe.each(ENGINES)('the import and export commands on %s', (engine) => {
  let database: TestDatabase;
  let config: Config;
  const dir = mkdtempSync(join(tmpdir(), 'barometer-cli-import-'));
  const file = (name: string, content: string) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };
  beforeAll(async () => {
    database = await createTestDatabase(engine);
    await seedModel(database.db);
    config = parseConfig({ DATABASE_URL: database.url });
  });
  afterAll(async () => {
    await database.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('previews a file in a dry run and changes nothing', async () => {
    const csv = file('tal.csv', 'indikator;periode;gruppe;værdi\nbeskaeftigelse;2013;etnisk-minoritet;54,1\nbeskaeftigelse;2012;etnisk-minoritet;53,9\n');
    const before = await dumpDatabase(database.db, engine);
    const { lines, out } = capture();
    expect(await importCommand({ file: csv, dryRun: true }, out, config)).toBe(0);
    expect(lines.info).toEqual([
      `Dry run of ${csv} (barometer): 1 new, 1 changed, 0 unchanged figure(s).`,
      '  changed  beskaeftigelse 2012 etnisk-minoritet kbh: 53.5 → 53.9',
    ]);
    expect(lines.error).toEqual([]);
    expect(await dumpDatabase(database.db, engine)).toBe(before);
  });

  it('prints every problem and exits 1, changing nothing', async () => {
    const csv = file('fejl.csv', 'indikator;periode;værdi\nbeskaeftigelse;2013K1;54,1\nukendt;2013;x\n');
    const before = await dumpDatabase(database.db, engine);
    const { lines, out } = capture();
    expect(await importCommand({ file: csv }, out, config)).toBe(1);
    expect(lines.error).toEqual([
      'row 2, column periode: wrong_period_type: "2013K1" is a quarter, but beskaeftigelse is measured yearly.',
      'row 3, column værdi: not_a_number: "x" is not a number.',
      '2 problem(s); nothing was imported.',
    ]);
    expect(await dumpDatabase(database.db, engine)).toBe(before);
  });

  it('stages a file in a new draft, then another in the same draft with --release', async () => {
    const first = capture();
    expect(await importCommand({ file: file('a.csv', 'indicator;period;value\nledere;2013;10\n'), note: 'fra BUF' }, first.out, config)).toBe(0);
    const id = Number(/draft release (\d+)/.exec(first.lines.info.at(-1)!)![1]);
    expect(first.lines.info.at(-1)).toBe(`Staged 1 figure(s) in draft release ${id} "Import af a.csv"; publish it to make them public.`);
    const second = capture();
    expect(
      await importCommand({ file: file('b.csv', 'indicator;period;group;value\nkarakterer;2013/14;total;7\n'), release: String(id) }, second.out, config),
    ).toBe(0);
    expect((await listReleaseFigures(database.db, id)).map((f) => f.period)).toEqual(['2013', '2013/14']);
  });

  it('imports Open SDG with a mapping, creating the indicator from its metadata', async () => {
    const mapping = file('uk.yaml', 'goal: skole\narea: kbh\n');
    const { lines, out } = capture();
    const code = await importCommand({ file: `${FIXTURES}opensdg-uk/data/indicator_1-2-1.csv`, format: 'opensdg', mapping, policy: 'inklusion' }, out, config);
    expect(lines.error).toEqual([]);
    expect(code).toBe(0);
    expect(lines.info[0]).toMatch(/\(opensdg\): 294 new, 0 changed, 0 unchanged figure\(s\)\.$/);
    expect(lines.info[1]).toMatch(/^Created 1 indicator \(1-2-1\); 20 groups \(Age: 15 and under, Age: 16 to 24, /);
  });

  it('imports a JSON-stat file with its mapping', async () => {
    const mapping = file(
      'folk1a.yaml',
      'indicator: ledighed-kvartal\nperiod: Tid\ngroups: [KØN]\ntotals: { KØN: [TOT] }\narea: OMRÅDE\nareaCodes: { "101": kbh }\n',
    );
    const { lines, out } = capture();
    expect(await importCommand({ file: `${FIXTURES}jsonstat/folk1a-kvartal.json`, mapping }, out, config)).toBe(0);
    expect(lines.info[0]).toMatch(/\(jsonstat\): 12 new/);
    expect(lines.info[1]).toBe('Created 2 groups (køn: Mænd, køn: Kvinder); 1 area (147).');
  });

  it('refuses options it cannot use before touching the database', async () => {
    const { out } = capture();
    await expect(importCommand({ file: 'x.csv', format: 'xml' }, out, config)).rejects.toThrow(CommandError);
    await expect(importCommand({ file: 'x.csv', release: 'sidste' }, out, config)).rejects.toThrow(/--release must be the number/);
    await expect(importCommand({ file: 'x.csv', policy: 'ingen' }, out, config)).rejects.toBeInstanceOf(NotFound);
    await expect(exportCommand({ format: 'yaml' }, out, config)).rejects.toThrow(CommandError);
  });

  it('exports every published figure as CSV or JSON into a directory it creates', async () => {
    const { lines, out } = capture();
    expect(await exportCommand({ out: join(dir, 'ud') }, out, config)).toBe(0);
    expect(lines.info).toEqual([`Wrote 7 published figure(s) to ${join(dir, 'ud', 'barometer-figures.csv')}.`]);
    expect(readFileSync(join(dir, 'ud', 'barometer-figures.csv'), 'utf8').split('\r\n')).toHaveLength(9);
    expect(await exportCommand({ format: 'json', out: join(dir, 'ud') }, out, config)).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'ud', 'barometer-figures.json'), 'utf8')).figures).toHaveLength(7);
  });
});
