// A whole Open SDG data repository imported in one go, on both engines:
// through the service (as the admin and the CLI call it) and through the
// `barometer import DIR` command itself. One draft release, one report, all
// or nothing; each problem names its file, row and column.
import { cpSync, mkdtempSync, readdirSync, rmSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { commandLineActor } from '../../src/domain/permissions.js';
import { insertArea } from '../../src/db/repositories/organisation.js';
import { insertFocusArea, insertGoal, insertPolicy } from '../../src/db/repositories/policies.js';
import { importFile } from '../../src/services/imports/import-file.js';
import { ENGINES, createTestDatabase } from '../support/databases.js';
import type { TestDatabase } from '../support/databases.js';
import { runBarometer } from '../support/run-cli.js';
import { dumpDatabase } from './support/dump-database.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
const REPOSITORY = join(FIXTURES, 'opensdg-repository');
const MAPPING = join(REPOSITORY, 'mapping.yaml');
const UK = join(FIXTURES, 'opensdg-uk');
const ctx = { actor: commandLineActor('analyst'), now: new Date('2026-03-01T10:00:00Z') };

async function seedSdgPolicy(database: TestDatabase): Promise<void> {
  const policy = await insertPolicy(database.db, {
    code: 'sdg',
    title_da: 'Verdensmålene',
    first_year: 2000,
    last_year: 2030,
    state: 'active',
    default_method: 'opensdg',
  });
  const focus = await insertFocusArea(database.db, { policy_id: policy.id, number: 1, code: 'sdg', title_da: 'Verdensmål' });
  await insertGoal(database.db, { policy_id: policy.id, focus_area_id: focus.id, number: 1, code: 'sdg', title_da: 'Verdensmålene' });
  await insertArea(database.db, { code: 'land', name_da: 'Hele landet', kind: 'country' });
}

describe.each(ENGINES)('an Open SDG repository imported whole on %s', (engine) => {
  let database: TestDatabase;
  const scratch = mkdtempSync(join(tmpdir(), 'barometer-opensdg-repo-'));
  beforeAll(async () => {
    database = await createTestDatabase(engine);
    await seedSdgPolicy(database);
  });
  afterAll(async () => {
    await database.drop();
    rmSync(scratch, { recursive: true, force: true });
  });

  it('imports the UK sample laid out as a repository (data/ and meta/) as a folder', async () => {
    const fresh = await createTestDatabase(engine);
    await seedSdgPolicy(fresh);
    onTestFinished(() => fresh.drop());
    const dryRun = await importFile(fresh.db, UK, { dryRun: true, mappingFile: join(UK, 'mapping.yaml') }, ctx);
    // The homicide file states two totals for 2012/13; the report says which file.
    expect(dryRun.problems).toEqual([
      { row: 67, column: null, code: 'duplicate_key', message: 'The same indicator, period, group and area as row 34.', file: 'data/indicator_16-1-1.csv' },
    ]);
    const uk = join(scratch, 'uk');
    cpSync(UK, uk, { recursive: true, filter: (path) => !path.includes('16-1-1') });
    expect(readdirSync(join(uk, 'data'))).toHaveLength(6);
    const report = await importFile(fresh.db, uk, { dryRun: false, mappingFile: join(UK, 'mapping.yaml') }, ctx);
    expect(report.problems).toEqual([]);
    expect(report.created.indicators).toEqual(['1-2-1', '4-2-1', '5-5-2', '8-5-2', '8-6-1', '10-2-1']);
    expect(report.counts.new + report.counts.changed + report.counts.unchanged).toBe(report.counts.figures);
  });
  it('refuses the whole repository when one row of one file is wrong, naming the file, row and column, and changes nothing', async () => {
    const broken = join(scratch, 'broken');
    cpSync(REPOSITORY, broken, { recursive: true });
    appendFileSync(join(broken, 'data', 'indicator_1-2-1.csv'), '2021,,,,seven\n');
    const before = await dumpDatabase(database.db, engine);
    const report = await importFile(database.db, broken, { dryRun: false, mappingFile: MAPPING }, ctx);
    expect(report.committed).toBe(false);
    expect(report.problems).toEqual([
      { row: 10, column: 'Value', code: 'not_a_number', message: '"seven" is not a number.', file: 'data/indicator_1-2-1.csv' },
    ]);
    expect(await dumpDatabase(database.db, engine)).toBe(before);
  });

  it('previews the repository in one dry run: every file, what it creates, what it leaves out', async () => {
    const before = await dumpDatabase(database.db, engine);
    const report = await importFile(database.db, REPOSITORY, { dryRun: true, mappingFile: MAPPING }, ctx);
    expect(report.problems).toEqual([]);
    expect(report.counts).toMatchObject({ figures: 23, new: 23, skipped: 1 });
    expect(report.created.indicators).toEqual(['1-1-1', '1-2-1', '3-1-1', '4-1-1']);
    expect(report.created.areas).toEqual(['R1', 'R2']);
    expect(report.notes.map((n) => n.code)).toEqual(['non_statistical', 'no_data_file', 'untranslated']);
    expect(await dumpDatabase(database.db, engine)).toBe(before);
  });

  it('imports the repository into one draft, its indicators titled from the translations in both languages', async () => {
    const progress: { done: number; total: number }[] = [];
    const report = await importFile(
      database.db,
      REPOSITORY,
      { dryRun: false, mappingFile: MAPPING, batchSize: 5, onProgress: (p) => p.files && progress.push(p.files) },
      ctx,
    );
    expect(report.problems).toEqual([]);
    expect(report.committed).toBe(true);
    expect(progress.at(-1)).toEqual({ done: 4, total: 4 });
    const staged = await database.db
      .selectFrom('release_figures')
      .select((eb) => ['release_id', eb.fn.countAll<number>().as('n')])
      .groupBy('release_id')
      .execute();
    expect(staged.map((r) => [r.release_id, Number(r.n)])).toEqual([[report.release!.id, 23]]);

    const indicators = await database.db
      .selectFrom('indicators')
      .select(['code', 'title_da', 'title_en', 'description_da', 'description_en', 'unit', 'source_da', 'source_en'])
      .orderBy('code')
      .execute();
    expect(indicators.map((i) => [i.code, i.title_da, i.title_en, i.unit])).toEqual([
      ['1-1-1', 'Andel af borgerne, der lever under fattigdomsgrænsen', 'Share of residents living below the poverty line', 'Procent (%)'],
      ['1-2-1', 'Andel af børn i familier med lav indkomst', 'Share of children in low-income families', 'Procent (%)'],
      ['3-1-1', 'Maternal deaths per 100,000 live births', 'Maternal deaths per 100,000 live births', 'Per 100,000 live births'],
      ['4-1-1', '4.1.1', '4.1.1', 'value'],
    ]);
    expect(JSON.stringify(indicators)).not.toMatch(/global_indicators\.|units\./);
    const groups = await database.db.selectFrom('groups').select('code').orderBy('code').execute();
    expect(groups.map((g) => g.code)).toEqual(['Age: 0 to 5', 'Sex: Female', 'Sex: Male', 'total']);
  });
});

describe.each(ENGINES)('barometer import DIR on %s', (engine) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(engine);
    await seedSdgPolicy(database);
  });
  afterAll(() => database.drop());

  it('prints one report for the whole repository in a dry run and changes nothing', async () => {
    const before = await dumpDatabase(database.db, engine);
    const result = await runBarometer(['import', REPOSITORY, '--dry-run', '--mapping', MAPPING], { DATABASE_URL: database.url });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines.filter((l) => l.startsWith('Dry run of'))).toEqual([
      `Dry run of ${REPOSITORY} (opensdg): 23 new, 0 changed, 0 unchanged figure(s); 1 row(s) without a value left out.`,
    ]);
    expect(lines.find((l) => l.startsWith('Would create'))).toBe(
      'Would create 4 indicators (1-1-1, 1-2-1, 3-1-1, 4-1-1); 4 groups (total, Sex: Female, Sex: Male, Age: 0 to 5); 2 areas (R1, R2).',
    );
    expect(lines.filter((l) => l.startsWith('  note  ')).map((l) => l.split(':')[0])).toEqual([
      '  note  indicator-config/1-1-2.yml',
      '  note  meta/1-3-1.yml',
      '  note  indicator-config/4-1-1.yml',
    ]);
    expect(await dumpDatabase(database.db, engine)).toBe(before);
  });

  it('names the file, row and column of each problem and exits 1', async () => {
    const broken = mkdtempSync(join(tmpdir(), 'barometer-opensdg-cli-'));
    try {
      cpSync(REPOSITORY, broken, { recursive: true });
      appendFileSync(join(broken, 'data', 'indicator_3-1-1.csv'), '2020,x,,\n');
      const result = await runBarometer(['import', join(broken, 'data'), '--mapping', MAPPING], { DATABASE_URL: database.url });
      expect(result.code).toBe(1);
      expect(result.stderr.trimEnd().split('\n')).toEqual([
        'data/indicator_3-1-1.csv, row 6, column Value: not_a_number: "x" is not a number.',
        '1 problem(s); nothing was imported.',
      ]);
    } finally {
      rmSync(broken, { recursive: true, force: true });
    }
  });
});
